package dev.learninglab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.testing.Edt;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import org.junit.jupiter.api.Test;

/** The check behind the Chinese layout test finds what it is meant to find. */
class ChineseCheckTest {

  @Test
  void findsEnglishButtonsAndTabsAndGlyphsTheFontCannotDraw() throws Exception {
    // a physical font without Chinese glyphs (a logical font would fall back to one that has them)
    Font latinOnly =
        Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts())
            .filter(f -> f.canDisplay('A') && !f.canDisplay('编'))
            .findFirst()
            .orElseThrow()
            .deriveFont(12f);
    List<String> problems =
        Edt.call(
            () -> {
              JFrame frame = new JFrame();
              JPanel panel = new JPanel();
              JLabel boxes = new JLabel("编辑距离");
              boxes.setFont(latinOnly);
              panel.add(boxes);
              panel.add(new JButton("Compute"));
              panel.add(new JButton("计算"));
              JTabbedPane tabs = new JTabbedPane();
              tabs.addTab("Recursion", new JPanel());
              tabs.addTab("递归", new JPanel());
              panel.add(tabs);
              frame.add(panel);
              frame.pack();
              frame.setVisible(true);
              try {
                return ChineseCheck.problems(frame, null);
              } finally {
                frame.dispose();
              }
            });
    assertThat(problems)
        .hasSize(3)
        .anyMatch(p -> p.contains("cannot draw `编`"))
        .anyMatch(p -> p.contains("button is not in Chinese: Compute"))
        .anyMatch(p -> p.contains("tab is not in Chinese: Recursion"));
  }
}
