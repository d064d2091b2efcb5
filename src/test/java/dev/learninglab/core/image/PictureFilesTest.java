package dev.learninglab.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Damaged pictures are refused in one line, wherever a lab reads them (file or bytes). */
class PictureFilesTest {
  private static final PictureFiles.SizeCheck ANY = (w, h) -> {};

  /** Java decodes a CMYK JPEG without its profile (a cat came out 199,141,104 for 157,84,50). */
  @Test
  void aCmykJpegIsRefusedRatherThanMiscoloured() throws Exception {
    Path cmyk = resource("cmyk.jpg");
    assertThatThrownBy(() -> PictureFiles.read(cmyk, ANY))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "Image "
                + cmyk
                + " is in CMYK (print) colours, which cannot be converted faithfully here; save it"
                + " as RGB (sRGB) first");
  }

  /** A JPEG cut short used to be upscaled and captioned with a grey lower half. */
  @Test
  void aTruncatedJpegIsRefusedRatherThanGreyedOut() throws Exception {
    byte[] bytes = Files.readAllBytes(resource("truncated.jpg"));
    assertThatThrownBy(() -> PictureFiles.read(bytes, "photo.zip!a.jpg", ANY))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("Image photo.zip!a.jpg is truncated");
  }

  @Test
  void theSizeCheckSeesTheHeaderBeforeAnyPixelIsDecoded() throws Exception {
    Path cmyk = resource("cmyk.jpg");
    assertThatThrownBy(
            () ->
                PictureFiles.read(
                    cmyk,
                    (w, h) -> {
                      throw new IOException(w + "×" + h + " refused");
                    }))
        .hasMessage("32×32 refused");
    assertThat(PictureFiles.dimensions(cmyk).width).isEqualTo(32);
  }

  @Test
  void aFileThatIsNoPictureIsNamed() throws Exception {
    Path text = Files.writeString(Files.createTempFile("not-a-picture", ".png"), "hello");
    try {
      assertThatThrownBy(() -> PictureFiles.read(text, ANY))
          .hasMessage("Image " + text + " is not in a supported format (PNG, JPEG, BMP, GIF)");
    } finally {
      Files.delete(text);
    }
  }

  private static Path resource(String name) throws Exception {
    return Path.of(PictureFilesTest.class.getResource(name).toURI());
  }
}
