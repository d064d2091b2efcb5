package dev.learninglab.labs.editdistance.view;

import static dev.learninglab.labs.editdistance.model.EditDistanceTexts.T;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.lab.RenderAware;
import dev.learninglab.core.view.Localized;
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
    tabs.addTab("", dp);
    tabs.addTab("", recursion);
    tabs.addTab("", matcher);
    Localized.tab(tabs, dp, () -> T.get("editdistance.tab.dp"));
    Localized.tab(tabs, recursion, () -> T.get("editdistance.tab.recursion"));
    Localized.tab(tabs, matcher, () -> T.get("editdistance.tab.matcher"));
    add(tabs);
    // the DP matrix opens at its start, so the learner fills it from cost[0][0] themselves
    rendered = CompletableFuture.allOf(recursion.runRecursion(), matcher.runMatch());
  }

  @Override
  public CompletionStage<?> rendered() {
    return rendered;
  }
}
