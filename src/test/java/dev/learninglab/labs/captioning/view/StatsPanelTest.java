package dev.learninglab.labs.captioning.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.labs.captioning.model.CaptionStats;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Caption lengths from 1 to 40 tokens (Flickr8k's spread) do not run their labels together. */
class StatsPanelTest {
  @Test
  void manyLengthsTurnTheirLabelsOnTheirSideAndFewStayUpright() {
    StatsPanel panel = new StatsPanel(() -> "corpus", () -> "…");
    panel.show(CaptionStats.of(captionsOfLengths(40), 5), () -> "");
    assertThat(panel.lengthLabelRotation()).isEqualTo(90);
    panel.show(CaptionStats.of(captionsOfLengths(6), 5), () -> "");
    assertThat(panel.lengthLabelRotation()).isZero();
  }

  private static List<List<String>> captionsOfLengths(int longest) {
    List<List<String>> captions = new ArrayList<>();
    for (int n = 1; n <= longest; n++) {
      captions.add(Collections.nCopies(n, "word"));
    }
    return captions;
  }
}
