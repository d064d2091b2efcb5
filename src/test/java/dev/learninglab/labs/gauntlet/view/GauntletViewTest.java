package dev.learninglab.labs.gauntlet.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.labs.gauntlet.model.SectionResult;
import dev.learninglab.labs.gauntlet.model.Status;
import dev.learninglab.testing.Edt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Types a correct answer into section 1, runs it with the Run button and sees it pass. */
class GauntletViewTest {
  private final TaskService tasks = new TaskService();
  private GauntletView view;

  @AfterEach
  void close() throws Exception {
    if (view != null) {
      SwingUtilities.invokeAndWait(() -> view.drill().close());
    }
    tasks.close();
  }

  @Test
  void aCorrectSectionOneTypedInPasses() throws Exception {
    AtomicReference<GauntletView> built = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> built.set(new GauntletView(new LabContext(tasks, DatasetResolver.standard()))));
    view = built.get();
    view.rendered().toCompletableFuture().get(120, TimeUnit.SECONDS);
    SwingUtilities.invokeAndWait(
        () -> {
          DrillPanel drill = view.drill();
          drill.controls().start.doClick();
          drill.controls().wholeTemplate.doClick();
          drill
              .editor()
              .area()
              .setText(
                  """
          Table picked = mpg.selectColumns("manufacturer", "model", "hwy");
          Table renamed = mpg.selectColumns("model", "cty");
          renamed.column("cty").setName("city_mpg");
          Table makers = mpg.selectColumns("manufacturer").dropDuplicateRows().sortAscendingOn("manufacturer");
          """);
          drill.controls().run.doClick();
        });
    SectionResult result = view.drill().lastRun().get(120, TimeUnit.SECONDS);
    assertThat(result.number()).isEqualTo(1);
    assertThat(result.status()).as(result.message()).isEqualTo(Status.pass);
    AtomicReference<String> status = new AtomicReference<>();
    AtomicReference<java.util.List<String>> tabs = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> {
          status.set(view.drill().results().statusText());
          tabs.set(view.drill().results().tabTitles());
        });
    assertThat(status.get()).startsWith("pass · section 1");
    assertThat(tabs.get()).contains("picked", "renamed", "makers", "Reference");
  }

  @Test
  void onA1080pScreenTheEditorTakesTheHeightTheResultsDoNotNeed() throws Exception {
    view = Edt.call(() -> new GauntletView(new LabContext(tasks, DatasetResolver.standard())));
    JFrame frame =
        Edt.call(
            () -> {
              JFrame f = new JFrame();
              f.add(view);
              f.setSize(1920, 1080);
              f.setVisible(true);
              return f;
            });
    try {
      // the divider is placed when the split is first sized, an event after the frame shows
      Edt.await(
          "the result pane to take its capped height",
          () -> view.drill().results().component().getHeight() <= ResultHeight.MAX);
      Edt.run(
          () -> {
            assertThat(view.drill().results().component().getHeight())
                .isGreaterThan(ResultHeight.MAX - 10);
            assertThat(view.drill().editor().component().getHeight())
                .isGreaterThan(3 * ResultHeight.MAX);
          });
    } finally {
      Edt.run(frame::dispose);
    }
  }

  @Test
  void finishStopsTheClockAndTheProgressTabShowsTheSession() throws Exception {
    view = Edt.call(() -> new GauntletView(new LabContext(tasks, DatasetResolver.standard())));
    view.rendered().toCompletableFuture().get(120, TimeUnit.SECONDS);
    Edt.run(
        () -> {
          DrillPanel drill = view.drill();
          drill.controls().start.doClick();
          assertThat(drill.controls().timer.getText()).startsWith("Clock running");
          drill.controls().finish.doClick();
          assertThat(drill.controls().timer.getText()).startsWith("Finished in");
          assertThat(drill.controls().start.isEnabled()).isTrue();
        });
    assertThat(Edt.call(() -> view.progress().streakText()))
        .containsAnyOf("finished today", "today's gauntlet is done");
  }
}
