package dev.learninglab.labs.captioning.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskHandle;
import dev.learninglab.core.task.TaskService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptioningViewTest {

  private final TaskService tasks = new TaskService();
  private CaptioningView view;
  @TempDir Path dir;

  @BeforeEach
  void open() throws Exception {
    AtomicReference<CaptioningView> v = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> v.set(new CaptioningView(new LabContext(tasks, DatasetResolver.standard()))));
    view = v.get();
  }

  @AfterEach
  void close() {
    tasks.close();
  }

  @Test
  void captionsTestPicturesThenStepsThroughOneToTheSameCaption() throws Exception {
    AtomicReference<TaskHandle<?>> gallery = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> gallery.set(view.gallery.refresh()));
    gallery.get().result().get(180, TimeUnit.SECONDS);
    SwingUtilities.invokeAndWait(() -> {}); // let the results reach the cells
    AtomicReference<String> first = new AtomicReference<>();
    onEdt(
        () -> {
          assertThat(view.gallery.cells).hasSize(GalleryTab.PER_PAGE);
          first.set(view.gallery.cells.get(0).captionText());
          assertThat(first.get()).isNotBlank();
          assertThat(view.gallery.summaryText()).contains("BLEU-1..4").contains("true");
        });

    AtomicReference<TaskHandle<?>> decode = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> {
          view.steps.image.setValue(1);
          decode.set(view.steps.load());
        });
    decode.get().result().get(180, TimeUnit.SECONDS);
    SwingUtilities.invokeAndWait(() -> {});
    onEdt(
        () -> {
          assertThat(view.steps.steps()).isGreaterThan(1);
          String oneWord = view.steps.sentenceText();
          assertThat(oneWord.split(" ")).hasSize(1);
          assertThat(view.steps.beam.revealedSteps()).isEqualTo(1); // the beam grows word by word
          view.steps.next.doClick();
          assertThat(view.steps.sentenceText().split(" ")).hasSize(2);
          assertThat(view.steps.beam.revealedSteps()).isEqualTo(2);
          view.steps.back.doClick();
          assertThat(view.steps.sentenceText()).isEqualTo(oneWord);
          view.steps.all.doClick();
          assertThat(view.steps.next.isEnabled()).isFalse();
          assertThat(view.steps.beam.revealedSteps())
              .isGreaterThanOrEqualTo(view.steps.steps() - 1);
          assertThat(view.steps.beam.getPreferredSize().width)
              .isGreaterThan(view.steps.beam.revealedSteps() * 50);
          assertThat(view.steps.sentenceText().replace(" <end>", "").replace("<end>", ""))
              .isEqualTo(first.get());
        });
  }

  @Test
  void aCorruptPictureGivesAMessageNotACaption() throws Exception {
    Path bad = dir.resolve("broken.png");
    Files.write(bad, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
    AtomicReference<TaskHandle<String>> task = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> task.set(view.own.caption(bad)));
    try {
      task.get().result().get(60, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException expected) {
      // the tab shows the message
    }
    SwingUtilities.invokeAndWait(() -> {});
    onEdt(
        () ->
            assertThat(view.own.captionsText()).contains("broken.png").doesNotContain("Exception"));
  }

  @Test
  void theDataTabDescribesTheShapesCaptions() throws Exception {
    onEdt(
        () ->
            assertThat(view.data.shapes.headerText())
                .contains("captions")
                .contains("distinct words"));
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
