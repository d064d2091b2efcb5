package dev.learninglab.labs.superres.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskHandle;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.labs.superres.io.ImageFiles;
import dev.learninglab.labs.superres.model.FsrcnnTraining;
import dev.learninglab.labs.superres.model.RgbImage;
import dev.learninglab.testing.Mirror;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainTabTest {

  @TempDir Path dir;

  @Test
  void trainingStartsDrawsTheLossAndCancelsCleanly() throws Exception {
    Mirror.assumeDatasets("sr-set5");
    int[] rgb = new int[64 * 64];
    for (int i = 0; i < rgb.length; i++) {
      rgb[i] = (i * 37 % 251) * 0x010101;
    }
    ImageFiles.writePng(new RgbImage(64, 64, rgb), dir.resolve("a.png"));
    try (TaskService tasks = new TaskService()) {
      AtomicReference<TrainTab> tab = new AtomicReference<>();
      AtomicReference<TaskHandle<FsrcnnTraining.Outcome>> handle = new AtomicReference<>();
      SwingUtilities.invokeAndWait(
          () -> {
            tab.set(new TrainTab(new LabContext(tasks, DatasetResolver.standard()), (s, p) -> {}));
            tab.get().folder.setText(dir.toString());
            tab.get().scale.setSelectedItem(2);
            tab.get().epochs.setValue(1);
            handle.set(tab.get().start());
          });
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (tab.get().charts.points() < 3 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(tab.get().charts.points()).isGreaterThanOrEqualTo(3);
      SwingUtilities.invokeAndWait(() -> tab.get().cancel.doClick());
      handle.get().result().handle((r, e) -> null).get(120, TimeUnit.SECONDS);
      // the tab hears of the end through its own callback, posted to the event thread
      deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (!tab.get().statusText().startsWith("Cancelled") && System.nanoTime() < deadline) {
        SwingUtilities.invokeAndWait(() -> {});
        Thread.sleep(50);
      }
      assertThat(tab.get().statusText())
          .startsWith("Cancelled")
          // the checkpoint folder training writes, not a .params file beside it
          .contains(TrainTab.modelDir().resolve("fsrcnn-x2").toString())
          .doesNotContain(".params");
      assertThat(tab.get().start.isEnabled()).isTrue();
    }
  }
}
