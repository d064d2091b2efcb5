package dev.learninglab.labs.captioning.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A token file with a sixth caption used to fail with "Index 5 out of bounds for length 5". */
class Flickr8kTextBadInputTest {
  @TempDir Path dir;

  @Test
  void aCaptionNumberOutsideZeroToFourNamesItsLine() throws Exception {
    Files.writeString(
        dir.resolve(Flickr8kText.TOKENS), "a.jpg#0\tA dog .\na.jpg#5\tA sixth caption .\n");
    assertThatThrownBy(() -> Flickr8kText.read(dir))
        .isInstanceOf(IOException.class)
        .hasMessage(
            Flickr8kText.TOKENS
                + " line 2: caption number #5 is not 0 to 4 (Flickr8k has five captions an image)");
  }

  @Test
  void aNumberThatIsNoNumberNamesItsLine() throws Exception {
    Files.writeString(dir.resolve(Flickr8kText.TOKENS), "a.jpg#x\tA dog .\n");
    assertThatThrownBy(() -> Flickr8kText.read(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("line 1: caption number #x is not 0 to 4");
  }
}
