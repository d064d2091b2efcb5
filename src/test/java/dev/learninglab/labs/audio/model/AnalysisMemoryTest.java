package dev.learninglab.labs.audio.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The clip: 29 minutes at 8 kHz ran out of a 512 MB heap with --csv; it is now refused. */
class AnalysisMemoryTest {
  private static final SourceFormat LONG =
      new SourceFormat("WAVE", "PCM_SIGNED", 16, 1, 8_000, 29L * 60 * 8_000);

  @Test
  void countsTheSpectrogramAndItsCsvText() {
    long plain = AnalysisMemory.bytes(LONG, AudioFiles.DEFAULT_RATE, StftSettings.LIBROSA, 0);
    long csv = AnalysisMemory.bytes(LONG, AudioFiles.DEFAULT_RATE, StftSettings.LIBROSA, 1025);
    long stftFrames = 1 + 29L * 60 * 22_050 / 512;
    // two float matrices of 1,025 bins, plus the samples
    assertThat(plain).isGreaterThan(2L * 1025 * stftFrames * 4).isLessThan(1L << 30);
    assertThat(csv - plain).isEqualTo(1025L * stftFrames * 20);
    assertThat(csv).isGreaterThan(512L << 20);
  }

  @Test
  void aNativeRateKeepsTheFilesRate() {
    long at8k = AnalysisMemory.bytes(LONG, AudioFiles.NATIVE_RATE, StftSettings.LIBROSA, 0);
    long at22k = AnalysisMemory.bytes(LONG, AudioFiles.DEFAULT_RATE, StftSettings.LIBROSA, 0);
    assertThat(at8k).isLessThan(at22k);
  }
}
