package dev.learninglab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowBoundsTest {
  private static final Rectangle SMALL = new Rectangle(0, 0, 1280, 800);
  private static final Rectangle LARGE = new Rectangle(0, 0, 2560, 1440);

  @Test
  void theFirstWindowFillsASmallScreen() {
    assertThat(WindowBounds.fit(ShellSettings.defaults(), List.of(SMALL))).isEqualTo(SMALL);
  }

  @Test
  void theFirstWindowUsesALargeScreenWithoutSprawling() {
    Rectangle r = WindowBounds.fit(ShellSettings.defaults(), List.of(LARGE));
    assertThat(r.width).isEqualTo(WindowBounds.MAX_FIRST_WIDTH);
    assertThat(r.height).isEqualTo(WindowBounds.MAX_FIRST_HEIGHT);
    assertThat(LARGE.contains(r)).isTrue();
    assertThat(r.x).isEqualTo((2560 - r.width) / 2);
  }

  @Test
  void rememberedBoundsAreKeptWhenTheyFit() {
    ShellSettings s = ShellSettings.defaults().withBounds(100, 50, 1400, 900);
    assertThat(WindowBounds.fit(s, List.of(LARGE))).isEqualTo(new Rectangle(100, 50, 1400, 900));
  }

  @Test
  void rememberedBoundsFromALargerScreenAreShrunkOntoThisOne() {
    ShellSettings s = ShellSettings.defaults().withBounds(900, 600, 1600, 1000);
    assertThat(WindowBounds.fit(s, List.of(SMALL))).isEqualTo(SMALL);
  }

  @Test
  void aWindowLeftOnAnUnpluggedMonitorComesBackOnTheOneThatIsThere() {
    Rectangle second = new Rectangle(1280, 0, 1920, 1080);
    ShellSettings onSecond = ShellSettings.defaults().withBounds(1500, 100, 1200, 700);
    assertThat(WindowBounds.fit(onSecond, List.of(SMALL, second)))
        .isEqualTo(new Rectangle(1500, 100, 1200, 700));
    Rectangle back = WindowBounds.fit(onSecond, List.of(SMALL));
    assertThat(SMALL.contains(back)).isTrue();
    assertThat(back.getSize()).isEqualTo(new java.awt.Dimension(1200, 700));
  }
}
