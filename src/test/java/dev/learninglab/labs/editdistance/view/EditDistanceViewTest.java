package dev.learninglab.labs.editdistance.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.testing.Mirror;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
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
    view = onEdt(() -> new EditDistanceView(new LabContext(tasks, DatasetResolver.standard())));
    view.rendered().toCompletableFuture().get(120, TimeUnit.SECONDS);
  }

  @AfterEach
  void close() {
    tasks.close();
  }

  @Test
  void theMatrixOpensAtItsStartForTheLearnerToFill() throws Exception {
    DpTab dp = view.dp;
    assertThat(onEdt(() -> dp.cursor().filled())).isZero();
    assertThat(onEdt(() -> dp.explanation.getText())).startsWith("Press Step");
  }

  @Test
  void steppingExplainsEachCell() throws Exception {
    DpTab dp = view.dp;
    String explained =
        onEdt(
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
            onEdt(
                () -> {
                  dp.controls.backButton.doClick(0);
                  return dp.explanation.getText();
                }))
        .isEqualTo("cost[3][3] = min(insert 1+1, delete 1+1, keep 0+0) = 0: keep 'm'");
    assertThat(onEdt(() -> dp.shownScript())).isEmpty();
  }

  @Test
  void jumpToEndShowsBothBacktraces() throws Exception {
    DpTab dp = view.dp;
    onEdt(
        () -> {
          compute(dp, "numpy", "numexpr");
          dp.controls.endButton.doClick(0);
          return null;
        });
    assertThat(onEdt(dp::shownScript))
        .containsExactly(
            "keep 'n'",
            "keep 'u'",
            "keep 'm'",
            "insert 'e' (1)",
            "insert 'x' (1)",
            "keep 'p'",
            "substitute 'y' with 'r' (2)");
    assertThat(onEdt(() -> dp.script.tutorial.getText()))
        .startsWith(
            "No Change., No Change., No Change., Insertion, Deletion, No Change., Substitution")
        .contains("step 6 says No Change but pairs 'y' with 'x'");
    assertThat(onEdt(() -> dp.distance.getText())).startsWith("Distance: 4");
    assertThat(
            onEdt(
                () -> {
                  dp.script.list.setSelectedIndex(3);
                  return dp.grid.selected().describe();
                }))
        .isEqualTo("insert 'e' (1)");
    assertThat(
            onEdt(
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
        onEdt(
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
            onEdt(
                () -> {
                  press(dp.grid, KeyEvent.VK_END);
                  return dp.cursor().complete();
                }))
        .isTrue();
  }

  @Test
  void playFillsCellsUntilPaused() throws Exception {
    DpTab dp = view.dp;
    onEdt(
        () -> {
          compute(dp, "kitten", "sitting");
          dp.controls.speed.setValue(20);
          dp.controls.playButton.doClick(0);
          return null;
        });
    await(() -> onEdtQuietly(() -> dp.cursor().filled() >= 3));
    int paused =
        onEdt(
            () -> {
              dp.controls.playButton.doClick(0);
              return dp.cursor().filled();
            });
    Thread.sleep(200);
    assertThat(onEdt(() -> dp.cursor().filled())).isEqualTo(paused);
    assertThat(onEdt(() -> dp.controls.playing())).isFalse();
  }

  @Test
  void badCostsShowAMessageAndKeepTheMatrix() throws Exception {
    DpTab dp = view.dp;
    assertThat(
            onEdt(
                () -> {
                  compute(dp, "numpy", "numexpr");
                  var before = dp.cursor();
                  dp.form.substitute.setText("-1");
                  dp.form.compute.doClick(0);
                  return dp.cursor() == before ? dp.form.error.getText() : "matrix replaced";
                }))
        .isEqualTo("The substitute cost must be a whole number from 0 to 1000000, got -1");
    assertThat(
            onEdt(
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
    onEdt(
        () -> {
          compute(dp, "ab".repeat(50_000), "ba".repeat(50_000));
          return null;
        });
    assertThat(onEdt(() -> dp.note.getText())).contains("100000 and 100000 characters");
    await(() -> onEdtQuietly(() -> dp.distance.getText().startsWith("Distance:")));
    assertThat(onEdt(() -> dp.distance.getText())).isEqualTo("Distance: 2");
    assertThat(onEdt(() -> dp.explanation.getText())).contains("bit-parallel");
    assertThat(onEdt(() -> dp.script.tutorial.getText())).startsWith("No script");
  }

  @Test
  void recursionPanelCountsCallsAndDrawsTheTree() throws Exception {
    RecursionTab r = view.recursion;
    assertThat(onEdt(() -> r.counters.getText()))
        .startsWith("Distance 4.  Plain recursion: ")
        .contains("Memoised: ")
        .endsWith("DP: 48 cells.");
    onEdt(
        () -> {
          r.source.setText("ab");
          r.target.setText("ba");
          return null;
        });
    onEdt(r::runRecursion).get(120, TimeUnit.SECONDS);
    DefaultMutableTreeNode root = onEdt(() -> (DefaultMutableTreeNode) r.tree.getModel().getRoot());
    assertThat(root.getUserObject().toString()).isEqualTo("lev('ab', 'ba') = 2   delete");
    assertThat(root.getChildCount()).isEqualTo(3);
  }

  @Test
  void matcherRunsOnTheDemoPair() throws Exception {
    MatcherTab m = view.matcher;
    assertThat(onEdt(() -> m.rows.getRowCount())).isEqualTo(22);
    assertThat(onEdt(() -> m.summary.getText()))
        .startsWith("Correct 14 of 22: accuracy 0.64")
        .contains("14 can match (name in the second list): matchable accuracy 1.00");
    assertThat(onEdt(() -> m.unmatched.size())).isEqualTo(8);
    assertThat(onEdt(() -> m.export.isEnabled())).isTrue();
  }

  @Test
  void matcherSurvivesABadFileAndStaysUsable() throws Exception {
    MatcherTab m = view.matcher;
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path binary = Files.write(dir.resolve("x.bin"), new byte[] {1, 0, 2});
    onEdt(
        () -> {
          m.dropped(List.of(empty), true);
          return null;
        });
    await(() -> onEdtQuietly(() -> m.match.isEnabled()));
    assertThat(onEdt(() -> m.summary.getText())).contains("empty.txt has no requirements");
    onEdt(
        () -> {
          m.dropped(List.of(binary, empty), true);
          return null;
        });
    await(() -> onEdtQuietly(() -> m.match.isEnabled()));
    assertThat(onEdt(() -> m.summary.getText())).contains("looks binary");
    onEdt(
        () -> {
          m.demo.doClick(0);
          return null;
        });
    await(() -> onEdtQuietly(() -> m.match.isEnabled()));
    assertThat(onEdt(() -> m.summary.getText())).startsWith("Correct 14 of 22");
  }

  @Test
  void matcherTakesATenMegabyteLine() throws Exception {
    MatcherTab m = view.matcher;
    Path big =
        Files.writeString(
            dir.resolve("big.txt"), "x".repeat(10 * 1024 * 1024) + "\nnumpy==1.19.5\n");
    onEdt(
        () -> {
          m.dropped(List.of(big), true);
          return null;
        });
    await(() -> onEdtQuietly(() -> m.match.isEnabled()));
    assertThat(onEdt(() -> m.rows.getRowCount())).isEqualTo(2);
    assertThat(onEdt(() -> (String) m.rows.getValueAt(0, 0)))
        .endsWith("… (10485760 characters)")
        .hasSizeLessThan(120);
    assertThat(onEdt(() -> m.rows.getValueAt(1, 1))).isEqualTo("numpy==1.20.1");
  }

  @Test
  void matcherOffersTheCataloguedPair() throws Exception {
    Mirror.assumeDatasets("pip-requirements");
    MatcherTab m = view.matcher;
    onEdt(
        () -> {
          m.catalogued.doClick(0);
          return null;
        });
    await(() -> onEdtQuietly(() -> m.match.isEnabled()));
    assertThat(onEdt(() -> m.summary.getText())).startsWith("Correct 419 of 432: accuracy 0.97");
    assertThat(onEdt(() -> m.firstLabel.getText())).contains("pip-requirements/py36.txt (catalog)");
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

  private static <T> T onEdt(Callable<T> work) throws Exception {
    Object[] out = new Object[1];
    Exception[] err = new Exception[1];
    SwingUtilities.invokeAndWait(
        () -> {
          try {
            out[0] = work.call();
          } catch (Exception e) {
            err[0] = e;
          }
        });
    if (err[0] != null) {
      throw err[0];
    }
    @SuppressWarnings("unchecked")
    T t = (T) out[0];
    return t;
  }

  private static boolean onEdtQuietly(Callable<Boolean> check) {
    try {
      return onEdt(check);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("condition not met within 20 s");
      }
      Thread.sleep(20);
    }
  }
}
