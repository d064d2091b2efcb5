package dev.learninglab.labs.editdistance.view;

import dev.learninglab.core.task.TaskService;
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
  final JButton run = new JButton("Run the recursion");
  final JLabel counters = new JLabel(" ");
  final JTree tree = new JTree(new DefaultMutableTreeNode("(run to see the call tree)"));
  final JTextArea narration = new JTextArea(10, 30);
  private final TaskService tasks;

  RecursionTab(TaskService tasks) {
    super(new BorderLayout(4, 4));
    this.tasks = tasks;
    counters.setName("recursionCounters");
    JPanel form = new JPanel(new WrapLayout(FlowLayout.LEFT, 5, 5));
    form.add(new JLabel("Source"));
    form.add(source);
    form.add(new JLabel("Target"));
    form.add(target);
    form.add(run);
    form.add(
        new JLabel(
            "(at most "
                + TutorialRecursion.MAX_LENGTH
                + " characters; insert 1, delete 1, substitute 2)"));
    JPanel top = new JPanel(new BorderLayout());
    top.add(form, BorderLayout.NORTH);
    counters.setBorder(BorderFactory.createEmptyBorder(2, 8, 6, 8));
    top.add(counters, BorderLayout.SOUTH);
    narration.setEditable(false);
    JPanel treeBox = new JPanel(new BorderLayout());
    treeBox.setBorder(
        BorderFactory.createTitledBorder(
            "Call tree: lev(source suffix, target suffix) = cost, branch taken"));
    treeBox.add(new JScrollPane(tree));
    JPanel narrationBox = new JPanel(new BorderLayout());
    narrationBox.setBorder(BorderFactory.createTitledBorder("The tutorial's narration"));
    narrationBox.add(new JScrollPane(narration));
    JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, treeBox, narrationBox);
    split.setResizeWeight(0.6);
    add(top, BorderLayout.NORTH);
    add(split, BorderLayout.CENTER);
    run.addActionListener(e -> runRecursion());
    source.addActionListener(e -> runRecursion());
    target.addActionListener(e -> runRecursion());
  }

  /** Starts a run in the background; the returned future completes once the result is shown. */
  CompletableFuture<Void> runRecursion() {
    String a = source.getText();
    String b = target.getText();
    counters.setText("Running…");
    return OnEdt.after(
        tasks.submit(
            "Tutorial recursion", p -> TutorialRecursion.run(a, b, Costs.TUTORIAL, BUDGET)),
        this::show,
        end -> counters.setText(end.message()));
  }

  private void show(RecursionReport r) {
    counters.setText(
        String.format(
            "Distance %d.  %s  Memoised: %d calls.  DP: %d cells.",
            r.distance(), r.plainSummary(), r.memoCalls(), r.dpCells()));
    narration.setText(String.join("\n", r.narration()));
    DefaultMutableTreeNode root =
        r.tree()
            .map(RecursionTab::treeNode)
            .orElseGet(
                () ->
                    new DefaultMutableTreeNode(
                        "The plain recursion makes "
                            + r.plainCallsNeeded()
                            + " calls: too many to draw (at most "
                            + TutorialRecursion.MAX_TREE_NODES
                            + ")"));
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
