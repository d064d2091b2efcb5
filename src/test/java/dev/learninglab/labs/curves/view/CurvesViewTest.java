package dev.learninglab.labs.curves.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.labs.curves.model.Verdict;
import dev.learninglab.testing.Edt;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.style.Styler;

class CurvesViewTest {
  private final TaskService tasks = new TaskService();

  @AfterEach
  void close() {
    tasks.close();
  }

  @Test
  void sliderToTinyCDiagnosesUnderfittingAndUnshuffledRunsExplainThemselves() throws Exception {
    AtomicReference<CurvesView> view = new AtomicReference<>();
    Edt.run(() -> view.set(new CurvesView(new LabContext(tasks, DatasetResolver.standard()))));
    view.get().rendered().toCompletableFuture().get(120, TimeUnit.SECONDS);
    DiagnosisPanel panel = view.get().diagnosisPanel();
    Edt.run(() -> assertThat(panel.diagnosis().verdict()).isEqualTo(Verdict.GOOD_FIT));

    Edt.run(() -> panel.slider().setValueC(1e-4));
    awaitCurve(panel, 1e-4, 0L);
    Edt.run(
        () -> {
          assertThat(panel.diagnosis().verdict()).isEqualTo(Verdict.UNDERFITTING);
          assertThat(panel.text()).contains("underfitting").contains("chance level");
        });

    Edt.run(() -> panel.shuffleBox().doClick());
    awaitCurve(panel, 1e-4, null);
    Edt.run(() -> assertThat(panel.text()).contains("sorted by class"));
  }

  @Test
  void sizeTabRefusesBadSizesWithAMessage() throws Exception {
    AtomicReference<SizePanel> panel = new AtomicReference<>();
    Edt.run(() -> panel.set(new SizePanel(new LabContext(tasks, DatasetResolver.standard()))));
    Edt.run(
        () -> {
          panel.get().sizesField().setText("100, abc");
          panel.get().runButton().doClick();
          assertThat(panel.get().text()).contains("whole numbers separated by commas");
          assertThat(panel.get().runButton().isEnabled()).isTrue();
        });
  }

  @Test
  void theEmptySizesFieldShowsAndTellsItsDefault() throws Exception {
    Edt.run(
        () -> {
          SizePanel panel = new SizePanel(new LabContext(tasks, DatasetResolver.standard()));
          assertThat(panel.sizesField().getText()).isEmpty();
          assertThat(panel.sizesField().getClientProperty("JTextField.placeholderText"))
              .isEqualTo(SizePanel.defaultSizesHint());
          assertThat(panel.sizesField().getToolTipText())
              .contains("empty (the default): 10 steps up to every image");
        });
  }

  @Test
  void theSizeChartsLegendIsUnderThePlotNotOverACurve() {
    assertThat(SizeChart.build("digits", List.of(), List.of(), 3).getStyler().getLegendPosition())
        .isEqualTo(Styler.LegendPosition.OutsideS);
  }

  @Test
  void sizeTabTrainsInTheBackgroundAndFillsTheTable() throws Exception {
    AtomicReference<SizePanel> panel = new AtomicReference<>();
    Edt.run(() -> panel.set(new SizePanel(new LabContext(tasks, DatasetResolver.standard()))));
    Edt.run(
        () -> {
          panel.get().epochsSpinner().setValue(1);
          panel.get().sizesField().setText("40, 80, 120");
          panel.get().repeatsSpinner().setValue(2);
          panel.get().runButton().doClick();
          assertThat(panel.get().runButton().isEnabled()).isFalse();
        });
    Edt.await("the size curve's training to end", () -> panel.get().runButton().isEnabled());
    Edt.run(
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
    Edt.await(
        "the curve for C=" + c,
        () ->
            panel.curve() != null
                && Math.abs(panel.curve().c() - c) < 1e-12 * c
                && java.util.Objects.equals(panel.curve().shuffleSeed(), seed));
  }
}
