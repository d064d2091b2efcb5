package dev.learninglab.shell;

import static dev.learninglab.shell.ShellTexts.T;

import dev.learninglab.core.compute.EngineTrust;
import dev.learninglab.core.compute.EngineVerdict;
import dev.learninglab.core.task.TaskHandle;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.core.task.TaskSnapshot;
import dev.learninglab.core.view.Localized;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;

/** The strip at the bottom: the running background task with its progress and a Cancel button. */
final class StatusBar {
  private final JPanel panel = new JPanel(new BorderLayout(8, 0));
  private final JLabel message = new JLabel();
  private final JProgressBar bar = new JProgressBar(0, 1000);
  private final JButton cancel =
      Localized.tip(
          Localized.text(new JButton(), () -> T.get("shell.status.cancel")),
          () -> T.get("shell.status.cancel.tip"));
  private final TaskService tasks;
  private volatile boolean refreshQueued;

  StatusBar(TaskService tasks) {
    this.tasks = tasks;
    panel.setBorder(BorderFactory.createEmptyBorder(3, 8, 3, 8));
    JPanel right = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
    bar.setPreferredSize(new java.awt.Dimension(220, bar.getPreferredSize().height));
    right.add(bar);
    right.add(cancel);
    panel.add(message, BorderLayout.CENTER);
    panel.add(right, BorderLayout.EAST);
    cancel.addActionListener(e -> tasks.running().forEach(TaskHandle::cancel));
    tasks.addListener(this::queueRefresh);
    refresh();
    Localized.whenChanged(panel, "status", this::refresh);
  }

  JComponent component() {
    return panel;
  }

  /** Coalesces bursts of progress reports into one repaint on the event thread. */
  private void queueRefresh() {
    if (!refreshQueued) {
      refreshQueued = true;
      SwingUtilities.invokeLater(this::refresh);
    }
  }

  /** "Ready", unless the compute engine was found to give wrong answers: that stays in sight. */
  private static String idleText() {
    return EngineTrust.known()
        .filter(v -> !v.correct())
        .map(EngineVerdict::line)
        .orElseGet(() -> T.get("shell.status.ready"));
  }

  private void refresh() {
    refreshQueued = false;
    List<TaskHandle<?>> running = tasks.running();
    boolean busy = !running.isEmpty();
    bar.setVisible(busy);
    cancel.setVisible(busy);
    if (!busy) {
      message.setText(idleText());
      return;
    }
    TaskSnapshot s = running.get(0).snapshot();
    message.setText(
        running.size() > 1
            ? T.get("shell.status.taskMore", s.name(), s.message(), running.size() - 1)
            : T.get("shell.status.task", s.name(), s.message()));
    double f = s.fraction();
    bar.setIndeterminate(f < 0);
    if (f >= 0) {
      bar.setValue((int) Math.round(f * 1000));
    }
  }
}
