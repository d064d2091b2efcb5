package dev.learninglab.labs.editdistance.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.testing.Edt;
import dev.learninglab.testing.Mirror;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.tree.DefaultMutableTreeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the lab's view under Xvfb through its buttons and fields. */
class EditDistanceViewTest {
  @TempDir Path dir;
  private TaskService tasks;
  private EditDistanceView view;

  @BeforeEach
  void open() throws Exception {
    tasks = new TaskService();
    view = Edt.call(() -> new EditDistanceView(new LabContext(tasks, DatasetResolver.standard())));
    view.rendered().toCompletableFuture().get(120, TimeUnit.SECONDS);
  }

  @AfterEach
  void close() {
    tasks.close();
  }

  @Test
  void theMatrixOpensAtItsStartForTheLearnerToFill() throws Exception {
    DpTab dp = view.dp;
    assertThat(Edt.call(() -> dp.cursor().filled())).isZero();
    assertThat(Edt.call(() -> dp.explanation.getText())).startsWith("Press Step");
  }

  @Test
  void steppingExplainsEachCell() throws Exception {
    DpTab dp = view.dp;
    String explained =
        Edt.call(
            () -> {
              compute(dp, "numpy", "numexpr");
              for (int i = 0; i < 29; i++) {
                dp.controls.stepButton.doClick(0);
              }
              return dp.explanation.getText();
            });
    assertThat(explained)
        .isEqualTo("cost[3][4] = min(insert 0+1, delete 2+1, substitute 1+2) = 1: insert 'e'");
    assertThat(
            Edt.call(
                () -> {
                  dp.controls.backButton.doClick(0);
                  return dp.explanation.getText();
                }))
        .isEqualTo("cost[3][3] = min(insert 1+1, delete 1+1, keep 0+0) = 0: keep 'm'");
    assertThat(Edt.call(() -> dp.shownScript())).isEmpty();
  }

  @Test
  void jumpToEndShowsBothBacktraces() throws Exception {
    DpTab dp = view.dp;
    Edt.call(
        () -> {
          compute(dp, "numpy", "numexpr");
          dp.controls.endButton.doClick(0);
          return null;
        });
    assertThat(Edt.call(dp::shownScript))
        .containsExactly(
            "keep 'n'",
            "keep 'u'",
            "keep 'm'",
            "insert 'e' (1)",
            "insert 'x' (1)",
            "keep 'p'",
            "substitute 'y' with 'r' (2)");
    assertThat(Edt.call(() -> dp.script.tutorial.getText()))
        .startsWith(
            "No Change., No Change., No Change., Insertion, Deletion, No Change., Substitution")
        .contains("step 6 says No Change but pairs 'y' with 'x'");
    assertThat(Edt.call(() -> dp.distance.getText())).startsWith("Distance: 4");
    assertThat(
            Edt.call(
                () -> {
                  dp.script.list.setSelectedIndex(3);
                  return dp.grid.selected().describe();
                }))
        .isEqualTo("insert 'e' (1)");
    assertThat(
            Edt.call(
                () -> {
                  dp.controls.resetButton.doClick(0);
                  return dp.explanation.getText();
                }))
        .startsWith("Press Step");
  }

  @Test
  void keysStepOnTheGrid() throws Exception {
    DpTab dp = view.dp;
    int filled =
        Edt.call(
            () -> {
              compute(dp, "ab", "ba");
              press(dp.grid, KeyEvent.VK_RIGHT);
              press(dp.grid, KeyEvent.VK_SPACE);
              press(dp.grid, KeyEvent.VK_RIGHT);
              press(dp.grid, KeyEvent.VK_LEFT);
              return dp.cursor().filled();
            });
    assertThat(filled).isEqualTo(2);
    assertThat(
            Edt.call(
                () -> {
                  press(dp.grid, KeyEvent.VK_END);
                  return dp.cursor().complete();
                }))
        .isTrue();
  }

  @Test
  void playFillsCellsUntilPaused() throws Exception {
    DpTab dp = view.dp;
    Edt.call(
        () -> {
          compute(dp, "kitten", "sitting");
          dp.controls.speed.setValue(20);
          dp.controls.playButton.doClick(0);
          return null;
        });
    Edt.await("dp.cursor().filled() >= 3", () -> dp.cursor().filled() >= 3);
    int paused =
        Edt.call(
            () -> {
              dp.controls.playButton.doClick(0);
              return dp.cursor().filled();
            });
    Thread.sleep(200);
    assertThat(Edt.call(() -> dp.cursor().filled())).isEqualTo(paused);
    assertThat(Edt.call(() -> dp.controls.playing())).isFalse();
  }

  @Test
  void badCostsShowAMessageAndKeepTheMatrix() throws Exception {
    DpTab dp = view.dp;
    assertThat(
            Edt.call(
                () -> {
                  compute(dp, "numpy", "numexpr");
                  var before = dp.cursor();
                  dp.form.substitute.setText("-1");
                  dp.form.compute.doClick(0);
                  return dp.cursor() == before ? dp.form.error.getText() : "matrix replaced";
                }))
        .isEqualTo("The substitute cost must be a whole number from 0 to 1000000, got -1");
    assertThat(
            Edt.call(
                () -> {
                  dp.form.substitute.setText("two");
                  dp.form.compute.doClick(0);
                  return dp.form.error.getText();
                }))
        .contains("got `two`");
  }

  @Test
  void longStringsGetNoGridButAnAnswer() throws Exception {
    DpTab dp = view.dp;
    Edt.call(
        () -> {
          compute(dp, "ab".repeat(50_000), "ba".repeat(50_000));
          return null;
        });
    assertThat(Edt.call(() -> dp.note.getText())).contains("100000 and 100000 characters");
    Edt.await(
        "dp.distance.getText().startsWith(\"Distance:\")",
        () -> dp.distance.getText().startsWith("Distance:"));
    assertThat(Edt.call(() -> dp.distance.getText())).isEqualTo("Distance: 2");
    assertThat(Edt.call(() -> dp.explanation.getText())).contains("bit-parallel");
    assertThat(Edt.call(() -> dp.script.tutorial.getText())).startsWith("No script");
  }

  @Test
  void stepAndPlayAreOffWhileThereIsNoGrid() throws Exception {
    DpTab dp = view.dp;
    assertThat(Edt.call(() -> dp.controls.stepButton.isEnabled())).isTrue();
    Edt.call(
        () -> {
          compute(dp, "x".repeat(DpTab.GRID_LIMIT + 1), "y");
          return null;
        });
    assertThat(Edt.call(() -> dp.controls.stepButton.isEnabled())).isFalse();
    assertThat(Edt.call(() -> dp.controls.playButton.isEnabled())).isFalse();
    assertThat(Edt.call(() -> dp.controls.endButton.isEnabled())).isFalse();
    Edt.call(
        () -> {
          compute(dp, "kitten", "sitting");
          return null;
        });
    assertThat(Edt.call(() -> dp.controls.stepButton.isEnabled())).isTrue();
    assertThat(Edt.call(() -> dp.controls.playButton.isEnabled())).isTrue();
  }

  @Test
  void recursionPanelCountsCallsAndDrawsTheTree() throws Exception {
    RecursionTab r = view.recursion;
    assertThat(Edt.call(() -> r.counters.getText()))
        .startsWith("Distance 4.  Plain recursion: ")
        .contains("Memoised: ")
        .endsWith("DP: 48 cells.");
    Edt.call(
        () -> {
          r.source.setText("ab");
          r.target.setText("ba");
          return null;
        });
    Edt.call(r::runRecursion).get(120, TimeUnit.SECONDS);
    DefaultMutableTreeNode root =
        Edt.call(() -> (DefaultMutableTreeNode) r.tree.getModel().getRoot());
    assertThat(root.getUserObject().toString()).isEqualTo("lev('ab', 'ba') = 2   delete");
    assertThat(root.getChildCount()).isEqualTo(3);
  }

  @Test
  void matcherRunsOnTheDemoPair() throws Exception {
    MatcherTab m = view.matcher;
    assertThat(Edt.call(() -> m.rows.getRowCount())).isEqualTo(22);
    assertThat(Edt.call(() -> m.summary.getText()))
        .startsWith("Correct 14 of 22: accuracy 0.64")
        .contains("14 can match (name in the second list): matchable accuracy 1.00");
    assertThat(Edt.call(() -> m.unmatched.size())).isEqualTo(8);
    assertThat(Edt.call(() -> m.export.isEnabled())).isTrue();
  }

  @Test
  void matcherSurvivesABadFileAndStaysUsable() throws Exception {
    MatcherTab m = view.matcher;
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path binary = Files.write(dir.resolve("x.bin"), new byte[] {1, 0, 2});
    Edt.call(
        () -> {
          m.dropped(List.of(empty), true);
          return null;
        });
    Edt.await("m.match.isEnabled()", () -> m.match.isEnabled());
    assertThat(Edt.call(() -> m.summary.getText())).contains("empty.txt has no requirements");
    Edt.call(
        () -> {
          m.dropped(List.of(binary, empty), true);
          return null;
        });
    Edt.await("m.match.isEnabled()", () -> m.match.isEnabled());
    assertThat(Edt.call(() -> m.summary.getText())).contains("looks binary");
    Edt.call(
        () -> {
          m.demo.doClick(0);
          return null;
        });
    Edt.await("m.match.isEnabled()", () -> m.match.isEnabled());
    assertThat(Edt.call(() -> m.summary.getText())).startsWith("Correct 14 of 22");
  }

  @Test
  void matcherTakesATenMegabyteLine() throws Exception {
    MatcherTab m = view.matcher;
    Path big =
        Files.writeString(
            dir.resolve("big.txt"), "x".repeat(10 * 1024 * 1024) + "\nnumpy==1.19.5\n");
    Edt.call(
        () -> {
          m.dropped(List.of(big), true);
          return null;
        });
    Edt.await("m.match.isEnabled()", () -> m.match.isEnabled());
    assertThat(Edt.call(() -> m.rows.getRowCount())).isEqualTo(2);
    assertThat(Edt.call(() -> (String) m.rows.getValueAt(0, 0)))
        .endsWith("… (10485760 characters)")
        .hasSizeLessThan(120);
    assertThat(Edt.call(() -> m.rows.getValueAt(1, 1))).isEqualTo("numpy==1.20.1");
  }

  @Test
  void matcherOffersTheCataloguedPair() throws Exception {
    Mirror.assumeDatasets("pip-requirements");
    MatcherTab m = view.matcher;
    Edt.call(
        () -> {
          m.catalogued.doClick(0);
          return null;
        });
    Edt.await("m.match.isEnabled()", () -> m.match.isEnabled());
    assertThat(Edt.call(() -> m.summary.getText())).startsWith("Correct 419 of 432: accuracy 0.97");
    assertThat(Edt.call(() -> m.firstLabel.getText()))
        .contains("pip-requirements/py36.txt (catalog)");
  }

  private static void compute(DpTab dp, String source, String target) {
    dp.form.source.setText(source);
    dp.form.target.setText(target);
    dp.form.compute.doClick(0);
  }

  private static void press(JComponent c, int key) {
    Object name = c.getInputMap(JComponent.WHEN_FOCUSED).get(KeyStroke.getKeyStroke(key, 0));
    c.getActionMap()
        .get(name)
        .actionPerformed(new ActionEvent(c, ActionEvent.ACTION_PERFORMED, ""));
  }
}
