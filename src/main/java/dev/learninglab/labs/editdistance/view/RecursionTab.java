package dev.learninglab.labs.editdistance.view;

import static dev.learninglab.labs.editdistance.model.EditDistanceTexts.T;

import dev.learninglab.core.task.TaskService;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.WrapLayout;
import dev.learninglab.labs.editdistance.model.Costs;
import dev.learninglab.labs.editdistance.model.RecursionNode;
import dev.learninglab.labs.editdistance.model.RecursionReport;
import dev.learninglab.labs.editdistance.model.TutorialRecursion;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.concurrent.CompletableFuture;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JTree;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeModel;

/**
 * The "Recursion" tab: runs the tutorial's recursive version (with the tutorial's costs) and shows
 * its call tree for short inputs, its narration, and the call counters: plain, memoised, and the
 * cells the DP fills instead.
 */
final class RecursionTab extends JPanel {
  /** Calls the plain recursion may make before it is stopped. */
  static final long BUDGET = 2_000_000;

  final JTextField source = new JTextField("numpy", 12);
  final JTextField target = new JTextField("numexpr", 12);
  final JButton run = Localized.text(new JButton(), () -> T.get("editdistance.recursion.run"));
  final JLabel counters = new JLabel(" ");
  final JTree tree = new JTree(new DefaultMutableTreeNode());
  final JTextArea narration = new JTextArea(10, 30);
  private final TaskService tasks;
  private RecursionReport last;

  RecursionTab(TaskService tasks) {
    super(new BorderLayout(4, 4));
    this.tasks = tasks;
    counters.setName("recursionCounters");
    JPanel form = new JPanel(new WrapLayout(FlowLayout.LEFT, 5, 5));
    form.add(Localized.text(new JLabel(), () -> T.get("editdistance.form.source")));
    form.add(source);
    form.add(Localized.text(new JLabel(), () -> T.get("editdistance.form.target")));
    form.add(target);
    form.add(run);
    form.add(
        Localized.text(
            new JLabel(),
            () -> T.get("editdistance.recursion.limits", TutorialRecursion.MAX_LENGTH)));
    JPanel top = new JPanel(new BorderLayout());
    top.add(form, BorderLayout.NORTH);
    counters.setBorder(BorderFactory.createEmptyBorder(2, 8, 6, 8));
    top.add(counters, BorderLayout.SOUTH);
    narration.setEditable(false);
    JPanel treeBox =
        Localized.titled(
            new JPanel(new BorderLayout()), () -> T.get("editdistance.recursion.treeTitle"));
    treeBox.add(new JScrollPane(tree));
    JPanel narrationBox =
        Localized.titled(
            new JPanel(new BorderLayout()), () -> T.get("editdistance.recursion.narrationTitle"));
    narrationBox.add(new JScrollPane(narration));
    JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, treeBox, narrationBox);
    split.setResizeWeight(0.6);
    add(top, BorderLayout.NORTH);
    add(split, BorderLayout.CENTER);
    run.addActionListener(e -> runRecursion());
    source.addActionListener(e -> runRecursion());
    target.addActionListener(e -> runRecursion());
    showTree();
    Localized.whenChanged(this, "tree", this::showTree);
  }

  /** Starts a run in the background; the returned future completes once the result is shown. */
  CompletableFuture<Void> runRecursion() {
    String a = source.getText();
    String b = target.getText();
    Localized.text(counters, () -> T.get("editdistance.recursion.running"));
    return OnEdt.after(
        tasks.submit(
            T.get("editdistance.recursion.task"),
            p -> TutorialRecursion.run(a, b, Costs.TUTORIAL, BUDGET)),
        this::show,
        end -> Localized.text(counters, end::message));
  }

  private void show(RecursionReport r) {
    Localized.text(
        counters,
        () ->
            T.get(
                "editdistance.recursion.counters",
                r.distance(),
                r.plainSummary(),
                r.memoCalls(),
                r.dpCells()));
    narration.setText(String.join("\n", r.narration()));
    last = r;
    showTree();
  }

  /** The last run's call tree, or what to do before the first run, in the current language. */
  private void showTree() {
    RecursionReport r = last;
    DefaultMutableTreeNode root =
        r == null
            ? new DefaultMutableTreeNode(T.get("editdistance.recursion.treeEmpty"))
            : r.tree()
                .map(RecursionTab::treeNode)
                .orElseGet(
                    () ->
                        new DefaultMutableTreeNode(
                            T.get(
                                "editdistance.recursion.tooMany",
                                r.plainCallsNeeded().toString(),
                                TutorialRecursion.MAX_TREE_NODES)));
    tree.setModel(new DefaultTreeModel(root));
    for (int i = 0; i < tree.getRowCount() && i < 40; i++) {
      tree.expandRow(i);
    }
  }

  private static DefaultMutableTreeNode treeNode(RecursionNode n) {
    DefaultMutableTreeNode t =
        new DefaultMutableTreeNode(
            "lev('" + n.source() + "', '" + n.target() + "') = " + n.cost() + "   " + n.choice());
    n.children().forEach(c -> t.add(treeNode(c)));
    return t;
  }
}
