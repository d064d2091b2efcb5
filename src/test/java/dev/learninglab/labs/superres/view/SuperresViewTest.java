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
    try (TaskService tasks = new TaskService()) {
      SuperresView[] view = new SuperresView[1];
      javax.swing.JFrame[] frame = new javax.swing.JFrame[1];
      SwingUtilities.invokeAndWait(
          () -> {
            view[0] = new SuperresView(new LabContext(tasks, DatasetResolver.standard()));
            frame[0] = new javax.swing.JFrame();
            frame[0].add(view[0]);
            frame[0].setSize(1280, 800);
            frame[0].setVisible(true);
          });
      try {
        view[0].rendered().toCompletableFuture().get(120, TimeUnit.SECONDS);
        SwingUtilities.invokeAndWait(
            () -> {
              view[0].compare().fit.doClick(); // the whole picture, not pixel for pixel
              view[0].compare().comparison().setSlider(true);
            });
        SwingUtilities.invokeAndWait(
            () -> {
              ComparisonPanel comparison = view[0].compare().comparison();
              SliderPane slider = comparison.slider();
              Comparison shown = view[0].compare().shown();
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
      } finally {
        SwingUtilities.invokeAndWait(() -> frame[0].dispose());
      }
    }
  }

  @Test
  void startsPixelForPixelFitsOnRequestShowsErrorMapsAndNamesAnOpenedFile() throws Exception {
    try (TaskService tasks = new TaskService()) {
      SuperresView[] view = new SuperresView[1];
      javax.swing.JFrame[] frame = new javax.swing.JFrame[1];
      SwingUtilities.invokeAndWait(
          () -> {
            view[0] = new SuperresView(new LabContext(tasks, DatasetResolver.standard()));
            frame[0] = new javax.swing.JFrame();
            frame[0].add(view[0]);
            frame[0].setSize(1280, 800);
            frame[0].setVisible(true);
          });
      try {
        view[0].rendered().toCompletableFuture().get(120, TimeUnit.SECONDS);
        CompareTab compare = view[0].compare();
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
              assertThat(comparison.panes().get(1).caption()).startsWith("|bicubic − original|");
              assertThat(comparison.panes().get(2).caption()).startsWith("|FSRCNN − original|");
              assertThat(comparison.panes().get(2).image().getWidth())
                  .isEqualTo(compare.shown().original().getWidth());
              compare.errorMaps.doClick();
              assertThat(comparison.panes().get(2).caption()).startsWith("FSRCNN");
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
      } finally {
        SwingUtilities.invokeAndWait(() -> frame[0].dispose());
      }
    }
  }
}
