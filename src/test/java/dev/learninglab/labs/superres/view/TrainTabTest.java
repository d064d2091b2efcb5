package dev.learninglab.labs.superres.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskHandle;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.labs.superres.io.ImageFiles;
import dev.learninglab.labs.superres.model.FsrcnnConfig;
import dev.learninglab.labs.superres.model.FsrcnnTraining;
import dev.learninglab.labs.superres.model.Recipe;
import dev.learninglab.labs.superres.model.RgbImage;
import dev.learninglab.labs.superres.model.TrainingSpec;
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
  void eitherNetworkAndEitherRecipeReachTheTrainingSpec() throws Exception {
    try (TaskService tasks = new TaskService()) {
      TrainTab tab =
          Edt.call(
              () -> new TrainTab(new LabContext(tasks, DatasetResolver.standard()), (s, p) -> {}));
      TrainingSpec defaults = Edt.call(tab::spec);
      assertThat(defaults.recipe()).isEqualTo(Recipe.PAPER);
      assertThat(defaults.config()).isEqualTo(FsrcnnConfig.small(3));

      Edt.run(() -> tab.network.setSelectedIndex(1));
      assertThat(Edt.call(tab::spec).config()).isEqualTo(FsrcnnConfig.standard(3));

      // the tutorial's choice brings its scale and network, which stay changeable
      Edt.run(() -> tab.recipe.setSelectedIndex(1));
      TrainingSpec tutorial = Edt.call(tab::spec);
      assertThat(tutorial.recipe()).isEqualTo(Recipe.TUTORIAL);
      assertThat(tutorial.config()).isEqualTo(FsrcnnConfig.standard(4));
      assertThat(tutorial.batchSize()).isEqualTo(30);
      Edt.run(() -> tab.network.setSelectedIndex(0));
      assertThat(Edt.call(tab::spec).config()).isEqualTo(FsrcnnConfig.small(4));
    }
  }

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
