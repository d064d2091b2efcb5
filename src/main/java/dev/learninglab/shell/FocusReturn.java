package dev.learninglab.shell;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.AWTEventListener;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/**
 * Gives the keyboard focus back to the main window whenever one of its dialogs closes (help,
 * welcome, a file chooser, a message), however it was closed. Without this the window manager may
 * leave the focus nowhere, and the menu shortcuts (Ctrl+2, F1) do nothing until the learner clicks
 * the window.
 */
final class FocusReturn implements AWTEventListener {
  private final JFrame frame;

  private FocusReturn(JFrame frame) {
    this.frame = frame;
  }

  /** Watches every dialog owned by {@code frame} until the frame itself is closed. */
  static void install(JFrame frame) {
    FocusReturn listener = new FocusReturn(frame);
    Toolkit.getDefaultToolkit().addAWTEventListener(listener, AWTEvent.WINDOW_EVENT_MASK);
    frame.addWindowListener(
        new WindowAdapter() {
          @Override
          public void windowClosed(WindowEvent e) {
            Toolkit.getDefaultToolkit().removeAWTEventListener(listener);
          }
        });
  }

  @Override
  public void eventDispatched(AWTEvent event) {
    if (event.getID() == WindowEvent.WINDOW_CLOSED
        && event.getSource() instanceof Window closed
        && closed != frame
        && isOwnedByFrame(closed)
        && frame.isShowing()
        && !anotherDialogShowing()) {
      // after the dialog's own focus handling has run
      SwingUtilities.invokeLater(this::refocus);
    }
  }

  private void refocus() {
    if (!frame.isShowing() || anotherDialogShowing()) {
      return;
    }
    frame.toFront();
    Component last = frame.getMostRecentFocusOwner();
    Component target = last != null && last.isShowing() ? last : frame.getRootPane();
    target.requestFocus();
  }

  private boolean isOwnedByFrame(Window w) {
    for (Window o = w.getOwner(); o != null; o = o.getOwner()) {
      if (o == frame) {
        return true;
      }
    }
    return false;
  }

  private boolean anotherDialogShowing() {
    for (Window w : frame.getOwnedWindows()) {
      if (w.isShowing()) {
        return true;
      }
    }
    return false;
  }
}
