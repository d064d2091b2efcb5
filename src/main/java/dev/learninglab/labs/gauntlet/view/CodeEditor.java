package dev.learninglab.labs.gauntlet.view;

import dev.learninglab.core.view.SyntaxThemes;
import java.awt.Color;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.text.BadLocationException;
import org.fife.ui.rsyntaxtextarea.RSyntaxTextArea;
import org.fife.ui.rsyntaxtextarea.SyntaxConstants;
import org.fife.ui.rtextarea.RTextScrollPane;

/**
 * The Java editor: RSyntaxTextArea with highlighting and line numbers whose first number can be set
 * (so a single section shows its template line numbers), Ctrl+Enter bound to Run, and a red mark on
 * the line an error points at.
 */
final class CodeEditor {
  private static final Color ERROR_LINE = new Color(255, 90, 90, 70);

  private final RSyntaxTextArea area = new RSyntaxTextArea(30, 90);
  private final RTextScrollPane scroll = new RTextScrollPane(area, true);
  private Object errorMark;

  CodeEditor(Runnable onRun) {
    area.setSyntaxEditingStyle(SyntaxConstants.SYNTAX_STYLE_JAVA);
    area.setCodeFoldingEnabled(false);
    area.setTabSize(2);
    area.setTabsEmulated(true);
    area.setAntiAliasingEnabled(true);
    SyntaxThemes.follow(area); // after the scroll pane exists: the theme colours its gutter too
    area.getInputMap()
        .put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, InputEvent.CTRL_DOWN_MASK), "gauntlet-run");
    area.getActionMap()
        .put(
            "gauntlet-run",
            new AbstractAction() {
              @Override
              public void actionPerformed(ActionEvent e) {
                onRun.run();
              }
            });
  }

  JComponent component() {
    return scroll;
  }

  RSyntaxTextArea area() {
    return area;
  }

  String text() {
    return area.getText();
  }

  /** Shows {@code text}; its first line is numbered {@code firstLine}. */
  void show(String text, int firstLine) {
    area.setText(text);
    area.setCaretPosition(0);
    scroll.getGutter().setLineNumberingStartIndex(firstLine);
    clearError();
  }

  int firstLineNumber() {
    return scroll.getGutter().getLineNumberingStartIndex();
  }

  /** The template line the caret is on. */
  int caretLine() {
    return area.getCaretLineNumber() + firstLineNumber();
  }

  /** Marks template line {@code line} as the error's and moves the caret there. */
  void markError(int line) {
    clearError();
    int index = line - firstLineNumber();
    if (index < 0 || index >= area.getLineCount()) {
      return;
    }
    try {
      // the current-line highlight would hide the error's colour
      area.setHighlightCurrentLine(false);
      errorMark = area.addLineHighlight(index, ERROR_LINE);
      area.setCaretPosition(area.getLineStartOffset(index));
    } catch (BadLocationException e) {
      // the text changed under the result; no mark is better than a wrong one
    }
  }

  /** Moves the caret to template line {@code line} and scrolls it near the top. */
  void goToLine(int line) {
    int index = line - firstLineNumber();
    if (index < 0 || index >= area.getLineCount()) {
      return;
    }
    try {
      area.setCaretPosition(area.getLineStartOffset(index));
      java.awt.Rectangle r = area.modelToView2D(area.getCaretPosition()).getBounds();
      r.height = scroll.getViewport().getHeight();
      area.scrollRectToVisible(r);
    } catch (BadLocationException e) {
      // a line that is not there: stay where we are
    }
  }

  void clearError() {
    area.setHighlightCurrentLine(true);
    if (errorMark != null) {
      area.removeLineHighlight(errorMark);
      errorMark = null;
    }
  }
}
