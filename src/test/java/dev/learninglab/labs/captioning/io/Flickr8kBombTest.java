package dev.learninglab.labs.captioning.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.captioning.model.Flickr8kText;
import dev.learninglab.labs.captioning.model.Split;
import dev.learninglab.testing.BadInputs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 30: a "photo" that inflates to gigabytes (a zip bomb) or a huge file in the folder is one
 * line, not an OutOfMemoryError.
 */
class Flickr8kBombTest {
  @TempDir Path dir;

  private Path fixtureWithAHugeDevPhoto() throws IOException {
    Path fixture = Flickr8kFixture.write(dir.resolve("fixture"), 12);
    Flickr8kText text = Flickr8kText.read(fixture);
    String first = text.images(Split.DEV).get(0);
    // 40 MB of zeros in place of the first dev photo: no disk space, deflates ~1000 times
    BadInputs.sparseFile(fixture.resolve(Flickr8kImages.FOLDER).resolve(first), 40L << 20);
    return fixture;
  }

  @Test
  void aPhotoThatInflatesAThousandfoldIsRefused() throws IOException {
    Path fixture = fixtureWithAHugeDevPhoto();
    Path zip =
        Flickr8kFixture.zipOf(fixture.resolve(Flickr8kImages.FOLDER), dir.resolve("bomb.zip"));
    Flickr8kText text = Flickr8kText.read(fixture);
    assertThatThrownBy(() -> Flickr8kImages.load(text, zip, EnumSet.of(Split.DEV), Progress.none()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("bomb.zip!/")
        .hasMessageContaining("times; not a photo, refused");
  }

  @Test
  void aHugeFileAmongThePhotosIsRefusedBySize() throws IOException {
    Path fixture = fixtureWithAHugeDevPhoto();
    Flickr8kText text = Flickr8kText.read(fixture);
    assertThatThrownBy(
            () ->
                Flickr8kImages.load(
                    text,
                    fixture.resolve(Flickr8kImages.FOLDER),
                    EnumSet.of(Split.DEV),
                    Progress.none()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is larger than 32 MB");
    assertThat(Flickr8kImages.MAX_PHOTO_BYTES).isEqualTo(32L << 20);
  }
}
