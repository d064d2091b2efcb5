package dev.learninglab.labs.curves.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.labs.curves.model.Verdict;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CurvesViewTest {
  private final TaskService tasks = new TaskService();

  @AfterEach
  void close() {
    tasks.close();
  }

  @Test
  void sliderToTinyCDiagnosesUnderfittingAndUnshuffledRunsExplainThemselves() throws Exception {
    AtomicReference<CurvesView> view = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> view.set(new CurvesView(new LabContext(tasks, DatasetResolver.standard()))));
    view.get().rendered().toCompletableFuture().get(120, TimeUnit.SECONDS);
    DiagnosisPanel panel = view.get().diagnosisPanel();
    onEdt(() -> assertThat(panel.diagnosis().verdict()).isEqualTo(Verdict.GOOD_FIT));

    onEdt(() -> panel.slider().setValueC(1e-4));
    awaitCurve(panel, 1e-4, 0L);
    onEdt(
        () -> {
          assertThat(panel.diagnosis().verdict()).isEqualTo(Verdict.UNDERFITTING);
          assertThat(panel.text()).contains("underfitting").contains("chance level");
        });

    onEdt(() -> panel.shuffleBox().doClick());
    awaitCurve(panel, 1e-4, null);
    onEdt(() -> assertThat(panel.text()).contains("sorted by class"));
  }

  @Test
  void sizeTabRefusesBadSizesWithAMessage() throws Exception {
    AtomicReference<SizePanel> panel = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> panel.set(new SizePanel(new LabContext(tasks, DatasetResolver.standard()))));
    onEdt(
        () -> {
          panel.get().sizesField().setText("100, abc");
          panel.get().runButton().doClick();
          assertThat(panel.get().text()).contains("whole numbers separated by commas");
          assertThat(panel.get().runButton().isEnabled()).isTrue();
        });
  }

  @Test
  void sizeTabTrainsInTheBackgroundAndFillsTheTable() throws Exception {
    AtomicReference<SizePanel> panel = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> panel.set(new SizePanel(new LabContext(tasks, DatasetResolver.standard()))));
    onEdt(
        () -> {
          panel.get().epochsSpinner().setValue(1);
          panel.get().sizesField().setText("40, 80, 120");
          panel.get().repeatsSpinner().setValue(2);
          panel.get().runButton().doClick();
          assertThat(panel.get().runButton().isEnabled()).isFalse();
        });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    AtomicReference<Boolean> done = new AtomicReference<>(false);
    while (!done.get() && System.nanoTime() < deadline) {
      Thread.sleep(100);
      SwingUtilities.invokeAndWait(() -> done.set(panel.get().runButton().isEnabled()));
    }
    onEdt(
        () -> {
          assertThat(panel.get().table().getRowCount()).isEqualTo(3);
          assertThat(panel.get().table().row(0).repeats()).isEqualTo(2);
          assertThat(panel.get().text())
              .contains("power law")
              .contains("quadratic")
              .contains("logarithm")
              .contains("mean over the repeats");
        });
  }

  private static void awaitCurve(DiagnosisPanel panel, double c, Long seed) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      AtomicReference<Boolean> ready = new AtomicReference<>(false);
      SwingUtilities.invokeAndWait(
          () ->
              ready.set(
                  panel.curve() != null
                      && Math.abs(panel.curve().c() - c) < 1e-12 * c
                      && java.util.Objects.equals(panel.curve().shuffleSeed(), seed)));
      if (ready.get()) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the curve for C=" + c + " never arrived");
  }

  private static void onEdt(Runnable r) throws Exception {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> {
          try {
            r.run();
          } catch (Throwable t) {
            failure.set(t);
          }
        });
    if (failure.get() != null) {
      throw new AssertionError(failure.get());
    }
  }
}
