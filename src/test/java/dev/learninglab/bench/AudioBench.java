package dev.learninglab.bench;

import dev.learninglab.labs.audio.model.AudioClip;
import dev.learninglab.labs.audio.model.AudioFiles;
import dev.learninglab.labs.audio.model.Chromagram;
import dev.learninglab.labs.audio.model.FrameMatrix;
import dev.learninglab.labs.audio.model.Stft;
import dev.learninglab.labs.audio.model.StftSettings;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 *
 *
 * <pre>
 * Java side of scripts/bench/bench-audio: |STFT| + chroma_stft (with estimate_tuning) of one clip,
 * after warm-up, median of REPS timed runs, printed as JSON. Run by scripts/bench/bench-audio.
 * </pre>
 */
public final class AudioBench {
  private AudioBench() {}

  public static void main(String[] args) {
    AudioClip clip = AudioFiles.load(Path.of(args[0]), AudioFiles.NATIVE_RATE);
    int reps = Integer.parseInt(args[1]);
    double checksum = 0;
    for (int i = 0; i < 5; i++) {
      checksum += once(clip);
    }
    double[] seconds = new double[reps];
    for (int i = 0; i < reps; i++) {
      long t0 = System.nanoTime();
      checksum += once(clip);
      seconds[i] = (System.nanoTime() - t0) / 1e9;
    }
    Arrays.sort(seconds);
    System.out.printf(
        java.util.Locale.ROOT,
        "{\"median\": %.6f, \"samples\": %d, \"checksum\": %.3f}%n",
        seconds[reps / 2],
        clip.samples().length,
        checksum);
  }

  private static double once(AudioClip clip) {
    FrameMatrix mag = Stft.magnitude(clip.samples(), StftSettings.LIBROSA);
    return Chromagram.fromMagnitude(
            mag, clip.sampleRate(), StftSettings.LIBROSA, OptionalDouble.empty())
        .tuning();
  }
}
