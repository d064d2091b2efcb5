package dev.learninglab.labs.superres.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.testing.Edt;
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
      view[0].rendered().toCompletableFuture().get(120, TimeUnit.SECONDS);
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
      compare.open(broken).get(120, TimeUnit.SECONDS);
      SwingUtilities.invokeAndWait(() -> {});
      assertThat(compare.summaryText()).contains("broken.png");
      assertThat(compare.shown()).isNotNull();
    }
  }

  @Test
  void theSliderStartsHalfWayAcrossThePictureAndMagnifiesTheHalfUnderIt() throws Exception {
    try (TaskService tasks = new TaskService();
        Window window = Window.at1280x800(tasks)) {
      SwingUtilities.invokeAndWait(
          () -> {
            window.view().compare().fit.doClick(); // the whole picture, not pixel for pixel
            window.view().compare().comparison().setSlider(true);
          });
      SwingUtilities.invokeAndWait(
          () -> {
            ComparisonPanel comparison = window.view().compare().comparison();
            SliderPane slider = comparison.slider();
            Comparison shown = window.view().compare().shown();
            ViewTransform t = slider.transform;
            double left = t.tx();
            double right = t.tx() + shown.network().getWidth() * t.zoom();
            assertThat(left).as("picture's left edge").isGreaterThanOrEqualTo(0);
            assertThat(right).as("picture's right edge").isLessThanOrEqualTo(slider.getWidth());
            assertThat(slider.dividerX())
                .as("the divider starts in the middle of the picture")
                .isCloseTo((int) ((left + right) / 2), org.assertj.core.data.Offset.offset(2));
            assertThat(slider.imageUnder(slider.dividerX() + 20)).isSameAs(shown.network());
            assertThat(slider.imageUnder(slider.dividerX() - 20)).isSameAs(shown.bicubic());
          });
    }
  }

  @Test
  void startsPixelForPixelFitsOnRequestShowsErrorMapsAndNamesAnOpenedFile() throws Exception {
    try (TaskService tasks = new TaskService();
        Window window = Window.at1280x800(tasks)) {
      CompareTab compare = window.view().compare();
      SwingUtilities.invokeAndWait(
          () -> {
            ComparisonPanel comparison = compare.comparison();
            assertThat(comparison.transform().zoom()).as("pixel for pixel").isEqualTo(1.0);
            compare.fit.doClick();
            ViewTransform t = comparison.transform();
            ImagePane pane = comparison.panes().get(2);
            assertThat(t.tx()).isGreaterThanOrEqualTo(0);
            assertThat(t.tx() + compare.shown().network().getWidth() * t.zoom())
                .isLessThanOrEqualTo(pane.getWidth() + 1);

            compare.errorMaps.doClick();
            assertThat(comparison.showsErrorRow()).isTrue();
            assertThat(comparison.panes().get(1).caption()).startsWith("Bicubic");
            assertThat(comparison.panes().get(2).caption()).startsWith("FSRCNN");
            assertThat(comparison.errorPanes().get(0).caption()).startsWith("|bicubic − original|");
            assertThat(comparison.errorPanes().get(1).caption()).startsWith("|FSRCNN − original|");
            assertThat(comparison.errorPanes().get(1).image().getWidth())
                .isEqualTo(compare.shown().original().getWidth());
            compare.errorMaps.doClick();
            assertThat(comparison.showsErrorRow()).isFalse();
          });

      Path png = dir.resolve("my-photo.png");
      javax.imageio.ImageIO.write(
          new java.awt.image.BufferedImage(60, 45, java.awt.image.BufferedImage.TYPE_INT_RGB),
          "png",
          png.toFile());
      compare.open(png).get(120, TimeUnit.SECONDS);
      SwingUtilities.invokeAndWait(
          () -> {
            assertThat(compare.summaryText()).contains("my-photo.png");
            assertThat(compare.sample.getSelectedItem()).as("no sample is shown").isNull();
          });
    }
  }

  /** The view in a 1280×800 window, rendered; closing disposes the window. */
  private record Window(SuperresView view, javax.swing.JFrame frame) implements AutoCloseable {
    static Window at1280x800(TaskService tasks) throws Exception {
      Window shown =
          Edt.call(
              () -> {
                SuperresView v =
                    new SuperresView(new LabContext(tasks, DatasetResolver.standard()));
                javax.swing.JFrame f = new javax.swing.JFrame();
                f.add(v);
                f.setSize(1280, 800);
                f.setVisible(true);
                return new Window(v, f);
              });
      shown.view().rendered().toCompletableFuture().get(120, TimeUnit.SECONDS);
      return shown;
    }

    @Override
    public void close() throws Exception {
      Edt.run(frame::dispose);
    }
  }
}
