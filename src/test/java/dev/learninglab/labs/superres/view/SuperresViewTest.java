package dev.learninglab.labs.superres.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuperresViewTest {

  @TempDir Path dir;

  @Test
  void opensOnASampleAndShowsThreePanesWithScores() throws Exception {
    try (TaskService tasks = new TaskService()) {
      SuperresView[] view = new SuperresView[1];
      SwingUtilities.invokeAndWait(
          () -> view[0] = new SuperresView(new LabContext(tasks, DatasetResolver.standard())));
      view[0].rendered().toCompletableFuture().get(60, TimeUnit.SECONDS);
      SwingUtilities.invokeAndWait(() -> {});

      CompareTab compare = view[0].compare();
      assertThat(compare.comparison().panes()).hasSize(3);
      assertThat(compare.comparison().panes()).allSatisfy(p -> assertThat(p.image()).isNotNull());
      assertThat(compare.comparison().panes().get(0).caption()).startsWith("Original");
      assertThat(compare.comparison().panes().get(1).caption()).startsWith("Bicubic");
      assertThat(compare.comparison().panes().get(2).caption()).startsWith("FSRCNN");
      assertThat(compare.summaryText()).contains("chelsea.png").contains("SSIM").contains("×3");

      // a corrupt file gives a message, and the lab keeps working
      Path broken = dir.resolve("broken.png");
      Files.writeString(broken, "not a picture");
      compare.open(broken).get(30, TimeUnit.SECONDS);
      SwingUtilities.invokeAndWait(() -> {});
      assertThat(compare.summaryText()).contains("broken.png");
      assertThat(compare.shown()).isNotNull();
    }
  }
}
