package dev.learninglab.labs.audio.view;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.Progress;
import java.nio.file.Path;
import java.util.List;

/** The CC0 Sonic Pi samples of the bundled {@code audio} dataset (see data/audio/PROVENANCE.md). */
final class BundledSamples {
  static final String DATASET = "audio";

  /** File and the name shown to the learner. */
  record Sample(String file, String label) {
    @Override
    public String toString() {
      return label;
    }
  }

  static final Sample GUITAR = new Sample("guit_em9.wav", "Guitar, E minor 9 chord");
  static final Sample FIFTHS = new Sample("guit_e_fifths.wav", "Guitar, E fifths");
  static final Sample KICK = new Sample("drum_heavy_kick.wav", "Kick drum");
  static final Sample SNARE = new Sample("drum_snare_hard.wav", "Snare drum");
  static final List<Sample> ALL = List.of(GUITAR, FIFTHS, KICK, SNARE);

  private BundledSamples() {}

  static Path resolve(DatasetResolver datasets, Sample sample, Progress progress) {
    return datasets.resolveFile(DATASET, sample.file(), progress);
  }
}
