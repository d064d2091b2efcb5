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
  void aScreenshotCanBeTakenAtALargeScreensSize() throws Exception {
    Path png = Path.of("target", "screenshots", "curves-1920.png");
    Files.deleteIfExists(png);
    LearningLabApp.screenshot(
        new ShellOptions("curves", Theme.dark, png, new java.awt.Dimension(1920, 1080)));
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1920);
    assertThat(image.getHeight()).isEqualTo(1080);
  }

  private static long distinctColours(BufferedImage image) {
    return Stream.iterate(0, i -> i < image.getWidth() * image.getHeight(), i -> i + 97)
        .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth()))
        .distinct()
        .count();
  }
}
