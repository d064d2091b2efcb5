package dev.learninglab.labs.editdistance.view;

import static dev.learninglab.labs.editdistance.model.EditDistanceTexts.T;

import dev.learninglab.core.task.TaskService;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.labs.editdistance.model.CodePoints;
import dev.learninglab.labs.editdistance.model.DpMatrix;
import dev.learninglab.labs.editdistance.model.EditDistance;
import dev.learninglab.labs.editdistance.model.EditScript;
import dev.learninglab.labs.editdistance.model.EditStep;
import dev.learninglab.labs.editdistance.model.StepCursor;
import dev.learninglab.labs.editdistance.model.TutorialDp;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.SwingConstants;

/**
 * The "DP matrix" tab: type two strings, step through the matrix, read each cell's explanation, see
 * the backtrace. Strings over {@value #GRID_LIMIT} characters get the distance and script without a
 * grid, computed in the background.
 */
final class DpTab extends JPanel {
  /** Longer strings are not drawn as a grid: it would not fit and could not be read. */
  static final int GRID_LIMIT = 40;

  final DpInputForm form = new DpInputForm(this::compute);
  final MatrixGrid grid = new MatrixGrid();
  final JLabel explanation = new JLabel(" ");
  final JLabel distance = new JLabel(" ");
  final JLabel note = new JLabel("", SwingConstants.CENTER);
  final ScriptPanel script = new ScriptPanel(grid::select);
  final StepControls controls;
  private final TaskService tasks;
  private final CardLayout cards = new CardLayout();
  private final JPanel centre = new JPanel(cards);
  private DpMatrix matrix;
  private StepCursor cursor;
  private EditScript editScript;
  private TutorialDp tutorialDp;

  DpTab(TaskService tasks) {
    super(new BorderLayout(4, 4));
    this.tasks = tasks;
    explanation.setName("explanation");
    distance.setName("distance");
    controls =
        new StepControls(
            new StepControls.Target() {
              @Override
              public boolean step() {
                return cursor != null && changed(cursor.step());
              }

              @Override
              public void back() {
                if (cursor != null) {
                  changed(cursor.back());
                }
              }

              @Override
              public void jumpToEnd() {
                if (cursor != null) {
                  cursor.jumpToEnd();
                  changed(true);
                }
              }

              @Override
              public void reset() {
                if (cursor != null) {
                  cursor.reset();
                  changed(true);
                }
              }
            });
    controls.bindKeys(grid);
    JPanel left = new JPanel(new BorderLayout(2, 2));
    JPanel top = new JPanel(new BorderLayout());
    top.add(controls, BorderLayout.NORTH);
    explanation.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
    top.add(explanation, BorderLayout.SOUTH);
    left.add(top, BorderLayout.NORTH);
    centre.add(new JScrollPane(grid), "grid");
    centre.add(note, "note");
    left.add(centre, BorderLayout.CENTER);
    distance.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
    JPanel bottom = new JPanel(new BorderLayout());
    bottom.add(distance, BorderLayout.NORTH);
    JLabel legend =
        new JLabel(
            // one line per colour: the legend fits a narrow window without being cut
            "");
    Localized.text(legend, () -> T.get("editdistance.dp.legend"));
    legend.setBorder(BorderFactory.createEmptyBorder(0, 6, 2, 6));
    legend.setEnabled(false);
    bottom.add(legend, BorderLayout.SOUTH);
    left.add(bottom, BorderLayout.SOUTH);
    JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, script);
    split.setResizeWeight(0.72);
    add(form, BorderLayout.NORTH);
    add(split, BorderLayout.CENTER);
    form.compute.doClick();
  }

  /** Shows the matrix for the inputs (nothing filled yet), or the answer alone for long ones. */
  void compute(DpInputForm.Inputs in) {
    controls.pause();
    int m = CodePoints.length(in.source());
    int n = CodePoints.length(in.target());
    if (m <= GRID_LIMIT && n <= GRID_LIMIT) {
      matrix = DpMatrix.of(in.source(), in.target(), in.costs());
      cursor = new StepCursor(matrix.rows(), matrix.cols());
      editScript = matrix.script();
      tutorialDp = TutorialDp.of(in.source(), in.target(), in.costs());
      cards.show(centre, "grid");
      controls.setGridShown(true);
      changed(true);
      grid.requestFocusInWindow();
      return;
    }
    matrix = null;
    cursor = null;
    cards.show(centre, "note");
    controls.setGridShown(false);
    Localized.text(
        note, () -> html(T.get("editdistance.dp.tooLong", m, n, (m + 1L) * (n + 1L), GRID_LIMIT)));
    Localized.text(explanation, () -> T.get("editdistance.dp.computing"));
    Localized.text(distance, () -> " ");
    script.clear(() -> T.get("editdistance.dp.notCompared"));
    OnEdt.after(
        tasks.submit(
            T.get("editdistance.dp.longTask"),
            p ->
                new LongAnswer(
                    EditDistance.distance(in.source(), in.target(), in.costs()),
                    EditDistance.method(in.costs()),
                    EditDistance.script(in.source(), in.target(), in.costs()))),
        this::showLong,
        end -> Localized.text(explanation, () -> T.get("editdistance.dp.cannot", end.message())));
  }

  private record LongAnswer(
      long distance, EditDistance.Method method, Optional<EditScript> script) {}

  private void showLong(LongAnswer a) {
    String how =
        a.method() == EditDistance.Method.BIT_PARALLEL_LCS
            ? "editdistance.dp.answeredLcs"
            : "editdistance.dp.answeredDp";
    Localized.text(explanation, () -> T.get(how));
    Localized.text(distance, () -> T.get("editdistance.dp.distance", a.distance()));
    if (a.script().isPresent()) {
      script.show(a.script().get().steps(), a.script().get().totalCost(), null);
    } else {
      script.clear(() -> T.get("editdistance.dp.noScript", EditDistance.maxScriptCells()));
    }
  }

  /** Redraws after the cursor moved; returns {@code moved} so Step can stop Play at the end. */
  private boolean changed(boolean moved) {
    grid.show(matrix, cursor, editScript.steps());
    int r = cursor.currentRow();
    DpMatrix shown = matrix;
    if (r < 0) {
      Localized.text(explanation, () -> T.get("editdistance.dp.start"));
    } else {
      int c = cursor.currentCol();
      Localized.text(explanation, () -> shown.cell(r, c).explain());
    }
    if (cursor.complete()) {
      Localized.text(distance, () -> T.get("editdistance.dp.done", shown.distance()));
      script.show(editScript.steps(), editScript.totalCost(), tutorialDp);
    } else {
      int filled = cursor.filled();
      int total = cursor.total();
      Localized.text(distance, () -> T.get("editdistance.dp.filled", filled, total));
      script.clear(() -> T.get("editdistance.dp.backtraceLater"));
    }
    return moved;
  }

  StepCursor cursor() {
    return cursor;
  }

  private static String html(String s) {
    return "<html><div style='width:420px;text-align:center'>" + s + "</div></html>";
  }

  /** The script as shown, for tests. */
  List<String> shownScript() {
    return Collections.list(script.steps.elements()).stream().map(EditStep::describe).toList();
  }
}
