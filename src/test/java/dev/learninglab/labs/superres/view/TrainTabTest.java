package dev.learninglab.labs.superres.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskHandle;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.labs.superres.io.ImageFiles;
import dev.learninglab.labs.superres.model.FsrcnnTraining;
import dev.learninglab.labs.superres.model.RgbImage;
import dev.learninglab.testing.Edt;
import dev.learninglab.testing.Mirror;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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
      Edt.run(
          () -> {
            tab.set(new TrainTab(new LabContext(tasks, DatasetResolver.standard()), (s, p) -> {}));
            tab.get().folder.setText(dir.toString());
            tab.get().scale.setSelectedItem(2);
            tab.get().epochs.setValue(1);
            handle.set(tab.get().start());
          });
      Edt.await("three points on the loss chart", () -> tab.get().charts.points() >= 3);
      Edt.run(() -> tab.get().cancel.doClick());
      handle.get().result().handle((r, e) -> null).get(120, TimeUnit.SECONDS);
      // the tab hears of the end through its own callback, posted to the event thread
      Edt.await("the tab to say Cancelled", () -> tab.get().statusText().startsWith("Cancelled"));
      assertThat(Edt.call(() -> tab.get().statusText()))
          // the checkpoint folder training writes, not a .params file beside it
          .contains(TrainTab.modelDir().resolve("fsrcnn-x2").toString())
          .doesNotContain(".params");
      assertThat(Edt.call(() -> tab.get().start.isEnabled())).isTrue();
    }
  }
}
