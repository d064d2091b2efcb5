package dev.learninglab.labs.editdistance.view;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.lab.RenderAware;
import java.awt.BorderLayout;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;

/**
 * The Edit-Distance lab's view: three tabs, "DP matrix", "Recursion" and "Package matcher". It only
 * wires widgets to the model; each tab is its own class.
 */
public final class EditDistanceView extends JPanel implements RenderAware {
  final JTabbedPane tabs = new JTabbedPane();
  final DpTab dp;
  final RecursionTab recursion;
  final MatcherTab matcher;
  private final CompletableFuture<Void> rendered;

  public EditDistanceView(LabContext context) {
    super(new BorderLayout());
    dp = new DpTab(context.tasks());
    recursion = new RecursionTab(context.tasks());
    matcher = new MatcherTab(context);
    tabs.addTab("DP matrix", dp);
    tabs.addTab("Recursion", recursion);
    tabs.addTab("Package matcher", matcher);
    add(tabs);
    // the DP matrix opens at its start, so the learner fills it from cost[0][0] themselves
    rendered = CompletableFuture.allOf(recursion.runRecursion(), matcher.runMatch());
  }

  @Override
  public CompletionStage<?> rendered() {
    return rendered;
  }
}
