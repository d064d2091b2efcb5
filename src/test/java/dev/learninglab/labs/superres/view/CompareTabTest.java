package dev.learninglab.labs.superres.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.labs.superres.model.ShippedModel;
import dev.learninglab.labs.superres.model.TrainedModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareTabTest {

  @TempDir Path dir;

  @Test
  void trainedModelsAreListedBesideTheShippedOnesAndBringTheirScale() throws Exception {
    TrainedModel x2 = new TrainedModel(2, dir.resolve("fsrcnn-x2"), 32.104, "2026-12-07T10:00Z");
    TrainedModel x4 = new TrainedModel(4, dir.resolve("fsrcnn-x4"), 26.5, "2026-12-06T09:00Z");
    try (TaskService tasks = new TaskService();
        NetworkCache networks = new NetworkCache()) {
      AtomicReference<List<String>> labels = new AtomicReference<>();
      AtomicReference<Object> scaleOfX4 = new AtomicReference<>();
      AtomicReference<ModelChoice> afterScale3 = new AtomicReference<>();
      SwingUtilities.invokeAndWait(
          () -> {
            CompareTab tab =
                new CompareTab(new LabContext(tasks, DatasetResolver.standard()), networks);
            tab.offer(List.of(x2, x4), x4.folder());
            List<String> shown = new ArrayList<>();
            for (int i = 0; i < tab.model.getItemCount(); i++) {
              shown.add(tab.model.getItemAt(i).toString());
            }
            labels.set(shown);
            scaleOfX4.set(tab.scale.getSelectedItem());
            tab.scale.setSelectedItem(3);
            afterScale3.set((ModelChoice) tab.model.getSelectedItem());
          });
      assertThat(labels.get())
          .containsExactly(
              ShippedModel.FSRCNN.label(),
              ShippedModel.FSRCNN_S.label(),
              "Trained ×2 · 32.10 dB · 2026-12-07",
              "Trained ×4 · 26.50 dB · 2026-12-06");
      assertThat(scaleOfX4.get()).isEqualTo(4);
      // no ×3 network was trained: the first shipped model takes over
      assertThat(afterScale3.get()).isEqualTo(ModelChoice.of(ShippedModel.FSRCNN));
    }
  }
}
