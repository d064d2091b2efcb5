package dev.learninglab.core.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class CentredTextTest {
  private final Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();

  @Test
  void aLongHintIsBrokenIntoLinesThatFit() {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    FontMetrics fm = g.getFontMetrics();
    String hint = "The out-of-fold ROC curves appear when training ends";
    int width = fm.stringWidth(hint) / 2;
    List<String> lines = CentredText.lines(hint, fm, width);
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(String.join(" ", lines)).isEqualTo(hint);
    assertThat(lines).allSatisfy(l -> assertThat(fm.stringWidth(l)).isLessThanOrEqualTo(width));
  }

  @Test
  void aShortHintStaysOneLine() {
    assertThat(CentredText.lines("No data yet", g.getFontMetrics(), 500))
        .containsExactly("No data yet");
  }
}
