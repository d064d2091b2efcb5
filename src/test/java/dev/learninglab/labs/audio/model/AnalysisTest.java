package dev.learninglab.labs.audio.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnalysisTest {
  @Test
  void theEMinor9ChordCentresOnE() {
    // librosa's mean chroma of this clip peaks at E (0.80) ahead of D# (0.57) and F (0.69)
    AudioClip clip = AudioFiles.load(LibrosaFixture.bundled("guit_em9.wav"), 22050);
    Analysis a = Analysis.of(clip, StftSettings.LIBROSA);
    assertThat(a.centre()).isEqualTo("E");
    assertThat(a.meanChroma()).hasSize(12);
    assertThat(a.tuning()).isEqualTo(0.06, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void silenceGivesFiniteDecibelsAndZeroChroma() {
    AudioClip silent =
        new AudioClip(new float[3000], 22050, new SourceFormat("WAV", "PCM", 16, 1, 22050, 3000));
    Analysis a = Analysis.of(silent, StftSettings.LIBROSA);
    assertThat(a.decibels().min()).isFinite();
    assertThat(a.chroma().max()).isZero();
    assertThat(a.tuning()).isZero();
  }
}
