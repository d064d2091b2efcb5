package dev.learninglab.labs.audio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ChromaProfileTest {

  @Test
  void spreadIsZeroForOnePitchClassAndOneForAllTwelveAlike() {
    double[] one = new double[12];
    one[4] = 0.8;
    assertThat(new ChromaProfile("e", one).spread()).isCloseTo(0, within(1e-12));
    assertThat(new ChromaProfile("e", one).centre()).isEqualTo("E");
    double[] flat = new double[12];
    Arrays.fill(flat, 0.3);
    assertThat(new ChromaProfile("flat", flat).spread()).isCloseTo(1, within(1e-12));
    // two classes alike: ln 2 / ln 12
    double[] two = new double[12];
    two[0] = 0.5;
    two[7] = 0.5;
    assertThat(new ChromaProfile("fifth", two).spread())
        .isCloseTo(Math.log(2) / Math.log(12), within(1e-12));
    assertThat(new ChromaProfile("silence", new double[12]).spread()).isNaN();
  }

  @Test
  void theMeansAreTheLabsChromagramMeans() {
    AudioClip clip = AudioFiles.load(Path.of("data/audio/guit_em9.wav"), AudioFiles.DEFAULT_RATE);
    ChromaProfile p = ChromaProfile.of("guit_em9.wav", clip);
    Analysis a = Analysis.of(clip, StftSettings.LIBROSA);
    assertThat(p.meanChroma()).containsExactly(a.meanChroma());
    assertThat(p.centre()).isEqualTo(a.centre());
  }
}
