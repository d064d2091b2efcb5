package dev.learninglab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Fashion-MNIST / MNIST reader on small IDX files written here, gzip and plain. */
class IdxFilesTest {
  @TempDir Path dir;

  @Test
  void readsGzippedImagesAndLabels() throws IOException {
    Path images = dir.resolve("train-images-idx3-ubyte.gz");
    Path labels = dir.resolve("train-labels-idx1-ubyte.gz");
    writeImages(images, true, 3, 2, 2, new int[] {0, 255, 51, 102, 1, 2, 3, 4, 200, 0, 0, 255});
    writeLabels(labels, true, new int[] {9, 0, 3});
    ImageSet set = IdxFiles.read(images, labels, 10);
    assertThat(set.count()).isEqualTo(3);
    assertThat(set.height()).isEqualTo(2);
    assertThat(set.width()).isEqualTo(2);
    assertThat(set.labels()).containsExactly(9, 0, 3);
    assertThat(set.pixels()[1]).isEqualTo(1f);
    assertThat(set.pixels()[2]).isEqualTo(0.2f);
    assertThat(set.pixels()[8]).isEqualTo(200 / 255f);
  }

  @Test
  void readsUncompressedFiles() throws IOException {
    Path images = dir.resolve("i");
    Path labels = dir.resolve("l");
    writeImages(images, false, 1, 1, 3, new int[] {10, 20, 30});
    writeLabels(labels, false, new int[] {7});
    assertThat(IdxFiles.read(images, labels, 10).pixels())
        .containsExactly(10 / 255f, 20 / 255f, 30 / 255f);
  }

  @Test
  void explainsWrongMagicCountMismatchAndTruncation() throws IOException {
    Path images = dir.resolve("i.gz");
    Path labels = dir.resolve("l.gz");
    writeImages(images, true, 2, 1, 1, new int[] {1, 2});
    writeLabels(labels, true, new int[] {1});
    assertThatThrownBy(() -> IdxFiles.read(images, labels, 10))
        .hasMessageContaining("holds 1 labels but");
    assertThatThrownBy(() -> IdxFiles.read(labels, labels, 10))
        .hasMessageContaining("not an IDX image file");
    writeImages(images, true, 5, 2, 2, new int[] {1, 2, 3});
    assertThatThrownBy(() -> IdxFiles.read(images, labels, 10)).hasMessageContaining("truncated");
  }

  private static void writeImages(
      Path file, boolean gzip, int count, int rows, int cols, int[] pixels) throws IOException {
    try (DataOutputStream out = new DataOutputStream(open(file, gzip))) {
      out.writeInt(IdxFiles.IMAGES_MAGIC);
      out.writeInt(count);
      out.writeInt(rows);
      out.writeInt(cols);
      for (int p : pixels) {
        out.writeByte(p);
      }
    }
  }

  private static void writeLabels(Path file, boolean gzip, int[] labels) throws IOException {
    try (DataOutputStream out = new DataOutputStream(open(file, gzip))) {
      out.writeInt(IdxFiles.LABELS_MAGIC);
      out.writeInt(labels.length);
      for (int l : labels) {
        out.writeByte(l);
      }
    }
  }

  private static OutputStream open(Path file, boolean gzip) throws IOException {
    OutputStream raw = Files.newOutputStream(file);
    return gzip ? new GZIPOutputStream(raw) : raw;
  }
}
