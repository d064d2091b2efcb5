package dev.learninglab.labs.superres.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.labs.superres.model.BenchmarkSet;
import dev.learninglab.labs.superres.model.NamedImage;
import dev.learninglab.labs.superres.model.RgbImage;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFilesTest {
  @TempDir Path dir;

  private Path grayPng(int type, int max) throws Exception {
    BufferedImage gray = new BufferedImage(16, 16, type);
    for (int i = 0; i < 256; i++) {
      gray.getRaster().setSample(i % 16, i / 16, 0, i * max / 255);
    }
    Path file = dir.resolve("gray" + type + ".png");
    ImageIO.write(gray, "png", file.toFile());
    return file;
  }

  @Test
  void transparencyIsSeenSoItsLossCanBeSaid() throws Exception {
    BufferedImage argb = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
    argb.setRGB(0, 0, 0x80ff0000);
    Path png = dir.resolve("alpha.png");
    ImageIO.write(argb, "png", png.toFile());
    assertThat(ImageFiles.read(png).hasTransparency()).isTrue();
    Path opaque = dir.resolve("opaque.png");
    ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", opaque.toFile());
    assertThat(ImageFiles.read(opaque).hasTransparency()).isFalse();
  }

  @Test
  void aGrayPngKeepsItsValuesAndIsMarkedSingleChannel() throws Exception {
    RgbImage image = ImageFiles.read(grayPng(BufferedImage.TYPE_BYTE_GRAY, 255));
    assertThat(image.singleChannel()).isTrue();
    for (int i = 0; i < 256; i++) {
      assertThat(image.rgb()[i] & 0xffffff).isEqualTo(i * 0x010101);
    }
  }

  @Test
  void sixteenBitGrayIsScaledToEightBits() throws Exception {
    RgbImage image = ImageFiles.read(grayPng(BufferedImage.TYPE_USHORT_GRAY, 65535));
    assertThat(image.rgb()[200] & 0xff).isEqualTo(200);
  }

  @Test
  void aColourPngIsNotSingleChannel() throws Exception {
    Path file = dir.resolve("rgb.png");
    ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
    assertThat(ImageFiles.read(file).singleChannel()).isFalse();
  }

  @Test
  void theProtocolMeasuresAGrayImageOnItsGrayValues() throws Exception {
    RgbImage image = ImageFiles.read(grayPng(BufferedImage.TYPE_BYTE_GRAY, 255));
    BenchmarkSet set = BenchmarkSet.of(List.of(new NamedImage("g", image)), 2);
    // BT.601 Y of a gray value v would be 16 + 219 v / 255: 235 for white, not 255
    assertThat(set.truth().get(0).values()[255]).isEqualTo(255f);
    assertThat(set.truth().get(0).values()[0]).isEqualTo(0f);
  }
}
