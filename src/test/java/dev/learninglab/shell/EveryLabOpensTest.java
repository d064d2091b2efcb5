package dev.learninglab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.Labs;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Opens every registered lab the way reviewers do ({@code gui --lab ID --screenshot FILE}) and
 * checks that a picture with content came out. The PNGs stay in target/screenshots.
 */
class EveryLabOpensTest {

  static Stream<String> labIds() {
    return Labs.discover().stream().map(Lab::id);
  }

  @ParameterizedTest
  @MethodSource("labIds")
  void labRendersIntoAScreenshot(String id) throws Exception {
    Path png = Path.of("target", "screenshots", id + ".png");
    Files.deleteIfExists(png);
    LearningLabApp.screenshot(new ShellOptions(id, Theme.light, png));
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    assertThat(distinctColours(image)).as("colours in the screenshot of " + id).isGreaterThan(8);
  }

  @Test
  void aScreenshotCanBeTakenAtALargerSizeUpToTheScreen() throws Exception {
    Path png = Path.of("target", "screenshots", "curves-large.png");
    Files.deleteIfExists(png);
    LearningLabApp.screenshot(
        new ShellOptions("curves", Theme.dark, png, new java.awt.Dimension(1440, 900)));
    BufferedImage image = ImageIO.read(png.toFile());
    // the window never leaves the screen, as on a learner's machine
    java.awt.Rectangle screen =
        java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
    assertThat(image.getWidth()).isEqualTo(Math.min(1440, screen.width)).isGreaterThan(1280);
    assertThat(image.getHeight()).isEqualTo(Math.min(900, screen.height)).isGreaterThan(800);
  }

  private static long distinctColours(BufferedImage image) {
    return Stream.iterate(0, i -> i < image.getWidth() * image.getHeight(), i -> i + 97)
        .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth()))
        .distinct()
        .count();
  }
}
