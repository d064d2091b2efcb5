package dev.learninglab.shell;

import java.awt.Component;
import java.awt.Container;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import javax.swing.border.TitledBorder;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.Assumptions;

/**
 * What a window in Simplified Chinese must hold: every showing text drawable in its component's
 * font ({@link Font#canDisplayUpTo}: no boxes where a glyph is missing), and every button, tab and
 * titled border of the lab written in Chinese (at least one Han character), names aside.
 */
final class ChineseCheck {
  private ChineseCheck() {}

  /**
   * Skips a Chinese check on a machine with no font for Chinese at all: every glyph would be a box
   * there, which says nothing of the app (scripts/test installs one; the .deb depends on one).
   */
  static void assumeAFontDrawsChinese() {
    boolean any =
        Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts())
            .anyMatch(f -> f.canDisplayUpTo("简体中文") < 0);
    Assumptions.assumeTrue(
        any, "no font on this machine draws Chinese: apt-get install fonts-wqy-microhei");
  }

  /**
   * Problems in {@code w}; {@code labTabs} is the shell's tab strip, whose other labs may be
   * English.
   */
  static List<String> problems(Component w, Component labTabs) {
    List<String> problems = new ArrayList<>();
    walk(w, labTabs, problems);
    return problems;
  }

  private static void walk(Component c, Component labTabs, List<String> problems) {
    if (!c.isShowing()) {
      return;
    }
    if (c instanceof JLabel l) {
      drawable(l, l.getText(), problems);
    } else if (c instanceof AbstractButton b) {
      drawable(b, b.getText(), problems);
      chinese(b, b.getText(), "button", problems);
    } else if (c instanceof JTextComponent t && !t.isEditable()) {
      drawable(t, t.getText(), problems);
    }
    if (c instanceof JComponent j && j.getBorder() instanceof TitledBorder tb) {
      drawable(j, tb.getTitle(), problems);
      chinese(j, tb.getTitle(), "titled border", problems);
    }
    if (c instanceof JTabbedPane tabs) {
      for (int i = 0; i < tabs.getTabCount(); i++) {
        drawable(tabs, tabs.getTitleAt(i), problems);
        if (c != labTabs) {
          chinese(tabs, tabs.getTitleAt(i), "tab", problems);
        }
      }
    }
    if (c instanceof Container inner) {
      for (Component child : inner.getComponents()) {
        walk(child, labTabs, problems);
      }
    }
  }

  private static void drawable(Component c, String text, List<String> problems) {
    if (text == null || text.isBlank() || c.getFont() == null) {
      return;
    }
    String plain = text.replaceAll("<[^>]*>", "");
    int missing = c.getFont().canDisplayUpTo(plain);
    if (missing >= 0) {
      problems.add(
          "font "
              + c.getFont().getFontName()
              + " cannot draw `"
              + plain.charAt(missing)
              + "` in: "
              + plain);
    }
  }

  private static void chinese(Component c, String text, String what, List<String> problems) {
    if (text == null || text.isBlank() || !text.matches(".*[A-Za-z]{2,}.*")) {
      return; // no words at all (an icon, a symbol, a number)
    }
    boolean han =
        text.codePoints()
            .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    if (!han) {
      problems.add("a " + what + " is not in Chinese: " + text);
    }
  }
}
