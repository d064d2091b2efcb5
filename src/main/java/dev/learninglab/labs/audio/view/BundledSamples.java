package dev.learninglab.labs.audio.view;

import static dev.learninglab.labs.audio.model.AudioTexts.T;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** The CC0 Sonic Pi samples of the bundled {@code audio} dataset (see data/audio/PROVENANCE.md). */
final class BundledSamples {
  static final String DATASET = "audio";

  /** File and the name shown to the learner, looked up in the current language. */
  record Sample(String file, Supplier<String> name) {
    String label() {
      return name.get();
    }

    @Override
    public String toString() {
      return label();
    }
  }

  static final Sample GUITAR = new Sample("guit_em9.wav", () -> T.get("audio.sample.guitar"));
  static final Sample FIFTHS = new Sample("guit_e_fifths.wav", () -> T.get("audio.sample.fifths"));
  static final Sample KICK = new Sample("drum_heavy_kick.wav", () -> T.get("audio.sample.kick"));
  static final Sample SNARE = new Sample("drum_snare_hard.wav", () -> T.get("audio.sample.snare"));
  static final List<Sample> ALL = List.of(GUITAR, FIFTHS, KICK, SNARE);

  private BundledSamples() {}

  static Path resolve(DatasetResolver datasets, Sample sample, Progress progress) {
    return datasets.resolveFile(DATASET, sample.file(), progress);
  }
}
