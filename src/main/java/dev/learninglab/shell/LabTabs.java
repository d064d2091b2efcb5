package dev.learninglab.shell;

import static dev.learninglab.shell.ShellTexts.T;

import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.lab.RenderAware;
import java.awt.BorderLayout;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.SwingConstants;

/**
 * The labs as tabs. Each tab starts as an empty holder; the lab's view is built the first time the
 * tab is selected, so start-up costs nothing per lab.
 */
final class LabTabs {
  private final JTabbedPane pane = new JTabbedPane(JTabbedPane.LEFT, JTabbedPane.SCROLL_TAB_LAYOUT);
  private final List<Lab> labs;
  private final LabContext context;
  private final CompletableFuture<?>[] rendered;
  private final Consumer<Throwable> onError;

  LabTabs(List<Lab> labs, LabContext context, Consumer<Throwable> onError) {
    this.labs = labs;
    this.context = context;
    this.onError = onError;
    this.rendered = new CompletableFuture<?>[labs.size()];
    for (int i = 0; i < labs.size(); i++) {
      pane.addTab("", new JPanel(new BorderLayout()));
    }
    retitle();
    pane.addChangeListener(e -> ensureBuilt(pane.getSelectedIndex()));
  }

  /** Names every tab again, in the current language. */
  void retitle() {
    for (int i = 0; i < labs.size(); i++) {
      Lab lab = labs.get(i);
      // the shortcut's digit, then the title: a label, not a sentence, so no pattern is needed
      pane.setTitleAt(i, shortcutDigit(i).map(d -> d + "  ").orElse("") + lab.title());
      pane.setToolTipTextAt(i, lab.summary());
    }
  }

  /** The digit of the lab's Ctrl+digit shortcut: 1…9 for the first nine labs, 0 for the tenth. */
  static Optional<Integer> shortcutDigit(int index) {
    return index < 10 ? Optional.of((index + 1) % 10) : Optional.empty();
  }

  void onSelectionChange(Runnable listener) {
    pane.addChangeListener(e -> listener.run());
  }

  JComponent component() {
    return pane;
  }

  List<Lab> labs() {
    return labs;
  }

  Lab selected() {
    return labs.get(pane.getSelectedIndex());
  }

  void select(int index) {
    if (index >= 0 && index < labs.size()) {
      pane.setSelectedIndex(index);
      ensureBuilt(index);
    }
  }

  void select(String id) {
    for (int i = 0; i < labs.size(); i++) {
      if (labs.get(i).id().equals(id)) {
        select(i);
        return;
      }
    }
    throw new IllegalArgumentException(
        "No lab `"
            + id
            + "` (labs: "
            + String.join(", ", labs.stream().map(Lab::id).toList())
            + ")");
  }

  /** Completes once the selected lab's view says it has drawn its content. */
  CompletionStage<?> selectedRendered() {
    int index = pane.getSelectedIndex();
    if (index < 0) {
      return CompletableFuture.completedFuture(null); // no labs on the class path
    }
    ensureBuilt(index);
    return rendered[index];
  }

  private void ensureBuilt(int index) {
    if (index < 0 || rendered[index] != null) {
      return;
    }
    JPanel holder = (JPanel) pane.getComponentAt(index);
    Lab lab = labs.get(index);
    try {
      JComponent view = lab.createView(context);
      holder.add(view, BorderLayout.CENTER);
      rendered[index] =
          view instanceof RenderAware r
              ? r.rendered().toCompletableFuture()
              : CompletableFuture.completedFuture(null);
    } catch (RuntimeException e) {
      holder.add(new JLabel(T.get("shell.lab.failed", e.getMessage()), SwingConstants.CENTER));
      rendered[index] = CompletableFuture.completedFuture(null);
      onError.accept(e);
    }
    holder.revalidate();
  }
}
