package dev.learninglab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.view.ErrorColour;
import java.awt.Color;
import javax.swing.LookAndFeel;
import javax.swing.UIManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ThemeTest {

  private final LookAndFeel before = UIManager.getLookAndFeel();

  @AfterEach
  void restoreTheLookAndFeel() throws Exception {
    UIManager.put(ErrorColour.KEY, null);
    UIManager.setLookAndFeel(before);
  }

  @Test
  void eachThemeSetsItsOwnErrorColourAndEveryViewReadsIt() {
    Theme.light.install();
    Color light = ErrorColour.get();
    Theme.dark.install();
    Color dark = ErrorColour.get();
    assertThat(dark).isNotEqualTo(light);
    assertThat(UIManager.getColor(ErrorColour.KEY)).isEqualTo(dark);
    // dark panels need a lighter red than light ones
    assertThat(brightness(dark)).isGreaterThan(brightness(light));
  }

  private static float brightness(Color c) {
    return Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null)[2];
  }
}
