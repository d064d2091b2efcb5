package dev.learninglab.labs.captioning.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.captioning.model.ShapesDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dataset folder is written as one unit: never a part of the images (a full disk left 240). */
class ShapesFilesTest {
  @TempDir Path dir;

  @Test
  void aRunStoppedHalfWayLeavesTheOldDatasetWhole() throws Exception {
    Path out = dir.resolve("shapes");
    ShapesFiles.write(ShapesDataset.generate(8, 1), out, Progress.none());
    Progress stopsAtTheFourth =
        new Progress() {
          private int reported;

          @Override
          public void report(long done, long total, String message) {
            reported++;
          }

          @Override
          public boolean isCancelled() {
            return reported >= 3;
          }
        };
    assertThatThrownBy(
            () -> ShapesFiles.write(ShapesDataset.generate(12, 2), out, stopsAtTheFourth))
        .isInstanceOf(CancellationException.class);
    try (Stream<Path> images = Files.list(out.resolve("images"))) {
      assertThat(images.count()).isEqualTo(8);
    }
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("shapes");
    }
  }

  @Test
  void aFolderOfOtherFilesIsRefusedAndKept() throws Exception {
    Path keep = Files.writeString(dir.resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> ShapesFiles.write(ShapesDataset.generate(8, 1), dir, Progress.none()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("holds other files and no scenes.json");
    assertThat(keep).hasContent("mine");
  }
}
