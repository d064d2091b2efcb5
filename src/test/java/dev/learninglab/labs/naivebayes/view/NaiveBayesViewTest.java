package dev.learninglab.labs.naivebayes.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.learn.Matrix;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.labs.naivebayes.model.CrossValidation;
import dev.learninglab.labs.naivebayes.model.GaussianNaiveBayes;
import dev.learninglab.labs.naivebayes.model.LabDatasets;
import dev.learninglab.testing.Edt;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab view driven through its widgets, asserting on the state they change. */
class NaiveBayesViewTest {
  private final TaskService tasks = new TaskService();
  private NaiveBayesView view;
  @TempDir Path dir;

  @BeforeEach
  void open() throws Exception {
    AtomicReference<NaiveBayesView> ref = new AtomicReference<>();
    Edt.run(() -> ref.set(new NaiveBayesView(new LabContext(tasks, DatasetResolver.standard()))));
    view = ref.get();
    view.rendered().toCompletableFuture().get(120, TimeUnit.SECONDS);
  }

  @AfterEach
  void close() {
    tasks.close();
  }

  @Test
  void opensOnTheTutorialBlobsExplainingMinus2And5() throws Exception {
    Edt.run(
        () -> {
          assertThat(view.state().data().rows()).isEqualTo(20);
          double[] expected =
              view.state().model().predictProba(Matrix.of(new double[][] {{-2, 5}})).data();
          assertThat(view.derivation().shown().posterior()).containsExactly(expected);
        });
  }

  @Test
  void comparisonShowsOurRoundedNumbersEqualToThePublishedOnes() throws Exception {
    Edt.run(
        () -> {
          assertThat(view.comparison().rowCount()).isEqualTo(9);
          for (int r = 0; r < 9; r++) {
            assertThat(view.comparison().cell(r, 3)).isEqualTo(view.comparison().cell(r, 2));
            assertThat(view.comparison().cell(r, 5)).isEqualTo(view.comparison().cell(r, 4));
          }
        });
  }

  @Test
  void sliderAtTheLeftMeansNoSmoothing() throws Exception {
    Edt.run(
        () -> {
          view.controls().smoothing.slider().setValue(SmoothingSlider.ZERO);
          assertThat(view.state().varSmoothing()).isZero();
          assertThat(view.state().model().epsilon()).isZero();
        });
  }

  @Test
  void sliderPositionsAreLogarithmic() {
    assertThat(SmoothingSlider.valueAt(SmoothingSlider.positionOf(1e-9)))
        .isCloseTo(1e-9, within(1e-20));
    assertThat(SmoothingSlider.valueAt(SmoothingSlider.positionOf(0.1)))
        .isCloseTo(0.1, within(1e-12));
  }

  @Test
  void naiveToggleLeavesPartOfThePlaneWithoutAnAnswer() throws Exception {
    Edt.run(
        () -> {
          view.controls().linearSpace.doClick();
          view.controls().zoom.setSelectedIndex(1);
          RegionPlot plot = view.plot();
          plot.setSize(600, 500);
          BufferedImage image = new BufferedImage(600, 500, BufferedImage.TYPE_INT_RGB);
          plot.paint(image.getGraphics());
          assertThat(view.state().linearSpace()).isTrue();
          assertThat(plot.grid().undefinedCount()).isPositive();
        });
  }

  @Test
  void logSpaceAnswersEverywhereEvenZoomedOut() throws Exception {
    Edt.run(
        () -> {
          view.controls().zoom.setSelectedIndex(2);
          RegionPlot plot = view.plot();
          plot.setSize(600, 500);
          plot.paint(new BufferedImage(600, 500, BufferedImage.TYPE_INT_RGB).getGraphics());
          assertThat(plot.grid().undefinedCount()).isZero();
        });
  }

  @Test
  void clickingInAddModeAddsAPointOfTheChosenClass() throws Exception {
    Edt.run(
        () -> {
          RegionPlot plot = view.plot();
          plot.setSize(600, 500);
          view.controls().addMode.setSelected(true);
          view.controls().addClass.setSelectedItem("1");
          plot.dispatchEvent(
              new MouseEvent(plot, MouseEvent.MOUSE_CLICKED, 0, 0, 300, 250, 1, false));
          LabelledData d = view.state().data();
          assertThat(d.rows()).isEqualTo(21);
          assertThat(d.y()[20]).isEqualTo(1);
          assertThat(view.state().model().classCount()[1]).isEqualTo(8.0);
        });
  }

  @Test
  void clickingNearADataPointExplainsExactlyThatPoint() throws Exception {
    Edt.run(
        () -> {
          RegionPlot plot = view.plot();
          plot.setSize(600, 500);
          double[] first = view.state().data().x().row(0);
          assertThat(plot.snap(new double[] {first[0] + 0.01, first[1] - 0.01}))
              .containsExactly(first);
        });
  }

  @Test
  void newBlobsComeFromTheSeed() throws Exception {
    Edt.run(
        () -> {
          view.controls().seed.setValue(7);
          view.controls().regenerate.doClick();
          assertThat(view.state().tutorialData()).isFalse();
          assertThat(view.state().data().rows()).isEqualTo(20);
        });
  }

  @Test
  void irisPetalsReplaceTheBlobs() throws Exception {
    Edt.run(() -> view.controls().iris.doClick());
    Edt.await("the 150 iris flowers to load", () -> view.state().data().rows() == 150);
    assertThat(Edt.call(() -> view.state().data().featureNames()))
        .containsExactly("petal length (cm)", "petal width (cm)");
    Edt.run(() -> assertThat(view.state().model().classes()).containsExactly(0, 1, 2));
  }

  @Test
  void aBadCsvLeavesTheLabUsableWithAMessage() throws Exception {
    Path csv = Files.writeString(dir.resolve("bad.csv"), "a,b,label\n1,x,0\n2,3,1\n");
    view.loadCsv(csv, new CsvLoadDialog.Choice("label", "a", "b")).get(120, TimeUnit.SECONDS);
    Edt.run(
        () -> {
          assertThat(view.controls().messageText())
              .contains("column `b` holds `x`, which is not a number");
          assertThat(view.state().data().rows()).isEqualTo(20);
        });
  }

  @Test
  void aConstantFeatureWithoutSmoothingExplainsInsteadOfCrashing() throws Exception {
    Path csv =
        Files.writeString(dir.resolve("flat.csv"), "a,b,label\n1,5,0\n2,5,0\n8,5,1\n9,5,1\n");
    view.loadCsv(csv, new CsvLoadDialog.Choice("label", "a", "b")).get(120, TimeUnit.SECONDS);
    Edt.run(
        () -> {
          view.controls().smoothing.slider().setValue(SmoothingSlider.ZERO);
          assertThat(view.state().model()).isNull();
          assertThat(view.controls().messageText()).contains("zero variance");
          assertThat(view.derivation().shown()).isNull();
        });
  }

  @Test
  void irisCrossValidationMatchesTheModel() throws Exception {
    view.crossValidation().select(LabDatasets.IRIS);
    AtomicReference<java.util.concurrent.CompletableFuture<Void>> done = new AtomicReference<>();
    Edt.run(() -> done.set(view.crossValidation().start()));
    done.get().get(120, TimeUnit.SECONDS);
    LabelledData iris =
        LabDatasets.IRIS.load(
            DatasetResolver.standard(), dev.learninglab.core.task.Progress.none());
    double expected = CrossValidation.meanScore(GaussianNaiveBayes::new, iris.x(), iris.y(), 10);
    Edt.run(
        () -> {
          assertThat(view.crossValidation().rowCount()).isEqualTo(5);
          assertThat(view.crossValidation().cell(0, 1))
              .isEqualTo(String.format(java.util.Locale.ROOT, "%.4f", expected));
        });
  }
}
