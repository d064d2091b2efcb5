package dev.learninglab.labs.iin.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.testing.Edt;
import dev.learninglab.testing.Mirror;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IinViewTest {
  private final TaskService tasks = new TaskService();

  @AfterEach
  void close() {
    tasks.close();
  }

  @Test
  void planeTabTrainsAFlowAndLetsTheLearnerWalkThroughItsLayers() throws Exception {
    AtomicReference<PlanePanel> panel = new AtomicReference<>();
    Edt.run(
        () -> {
          panel.set(new PlanePanel(new LabContext(tasks, DatasetResolver.standard())));
          panel.get().stepsSpinner().setValue(100);
          panel.get().trainButton().doClick();
        });
    Edt.await("the flow trained", () -> panel.get().layerSlider().isEnabled());
    Edt.run(
        () -> {
          assertThat(panel.get().statusText()).contains("held-out NLL").contains("entropy");
          // the data, then one picture per block
          assertThat(panel.get().layerSlider().getMaximum()).isEqualTo(8);
          assertThat(panel.get().trainButton().isEnabled()).isTrue();
        });
  }

  @Test
  void factorsTabDrawsTheSwapGridsOfTheShippedModel() throws Exception {
    Mirror.assumeDatasets("mnist-test");
    AtomicReference<FactorsPanel> panel = new AtomicReference<>();
    Edt.run(
        () -> {
          panel.set(new FactorsPanel(new LabContext(tasks, DatasetResolver.standard())));
          panel.get().showButton().doClick();
        });
    Edt.await("both grids drawn", () -> panel.get().showsGrids());
  }
}
