package dev.learninglab.labs.captioning.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskHandle;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.testing.Edt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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
    Edt.run(() -> v.set(new CaptioningView(new LabContext(tasks, DatasetResolver.standard()))));
    view = v.get();
  }

  @AfterEach
  void close() {
    tasks.close();
  }

  @Test
  void captionsTestPicturesThenStepsThroughOneToTheSameCaption() throws Exception {
    // the tab's own "on screen" future: the task's result alone may arrive before the cells fill
    Edt.call(() -> view.gallery.refresh().result());
    Edt.call(() -> view.gallery.onScreen()).get(180, TimeUnit.SECONDS);
    AtomicReference<String> first = new AtomicReference<>();
    Edt.run(
        () -> {
          assertThat(view.gallery.cells).hasSize(GalleryTab.PER_PAGE);
          first.set(view.gallery.cells.get(0).captionText());
          assertThat(first.get()).isNotBlank();
          assertThat(view.gallery.summaryText()).contains("BLEU-1..4").contains("true");
        });

    TaskHandle<?> decode =
        Edt.call(
            () -> {
              view.steps.image.setValue(1);
              return view.steps.load();
            });
    decode.result().get(180, TimeUnit.SECONDS);
    // its words reach the tab through a callback posted to the event thread just after
    Edt.await("the decoded words to show", () -> view.steps.steps() > 0);
    Edt.run(
        () -> {
          assertThat(view.steps.steps()).isGreaterThan(1);
          String oneWord = view.steps.sentenceText();
          // the list shows the choice still to come, so its top word is the next one written
          String coming = view.steps.topNextWord();
          assertThat(oneWord.split(" ")).hasSize(1);
          assertThat(view.steps.beam.revealedSteps()).isEqualTo(1); // the beam grows word by word
          view.steps.next.doClick();
          assertThat(view.steps.sentenceText().split(" ")).hasSize(2);
          assertThat(view.steps.sentenceText()).isEqualTo(oneWord + " " + coming);
          assertThat(view.steps.beam.revealedSteps()).isEqualTo(2);
          view.steps.back.doClick();
          assertThat(view.steps.sentenceText()).isEqualTo(oneWord);
          view.steps.all.doClick();
          assertThat(view.steps.next.isEnabled()).isFalse();
          assertThat(view.steps.beam.revealedSteps())
              .isGreaterThanOrEqualTo(view.steps.steps() - 1);
          assertThat(view.steps.beam.getPreferredSize().width)
              .isGreaterThan(view.steps.beam.revealedSteps() * 50);
          // on a wide panel the tree spreads over all of it, not over its minimum columns
          view.steps.beam.setSize(2000, 600);
          int steps = view.steps.beam.revealedSteps();
          assertThat(view.steps.beam.columnX(steps)).isGreaterThan(2000 - 16 - steps);
          assertThat(view.steps.sentenceText().replace(" <end>", "").replace("<end>", ""))
              .isEqualTo(first.get());
        });
  }

  @Test
  void aCorruptPictureGivesAMessageNotACaption() throws Exception {
    Path bad = dir.resolve("broken.png");
    Files.write(bad, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
    Edt.run(() -> view.own.caption(bad));
    Edt.await(
        "the tab to say why it cannot caption",
        () -> !view.own.captionsText().startsWith("Captioning "));
    Edt.run(
        () ->
            assertThat(view.own.captionsText()).contains("broken.png").doesNotContain("Exception"));
  }

  @Test
  void theDataTabDescribesTheShapesCaptions() throws Exception {
    Edt.run(
        () ->
            assertThat(view.data.shapes.headerText())
                .contains("captions")
                .contains("distinct words"));
  }
}
