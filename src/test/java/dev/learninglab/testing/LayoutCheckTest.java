package dev.learninglab.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Rectangle;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** The layout check must catch each defect it claims to, and pass a sound window. */
class LayoutCheckTest {
  private static final Rectangle SCREEN = new Rectangle(0, 0, 1280, 800);

  private static List<String> check(JPanel content, int width, int height) throws Exception {
    AtomicReference<List<String>> out = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> {
          JFrame f = new JFrame();
          f.setContentPane(content);
          f.setBounds(0, 0, width, height);
          f.setVisible(true);
          f.validate();
          out.set(LayoutCheck.problems(f, SCREEN));
          f.dispose();
        });
    return out.get();
  }

  @Test
  void aSoundWindowPasses() throws Exception {
    JPanel p = new JPanel(new FlowLayout(FlowLayout.LEFT));
    p.add(new JButton("Run"));
    p.add(new JLabel("Ready"));
    assertThat(check(p, 400, 300)).isEmpty();
  }

  @Test
  void aToolbarButtonCutOffAtTheRightIsReported() throws Exception {
    JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT)); // a FlowLayout that cannot wrap
    for (int i = 0; i < 12; i++) {
      bar.add(new JButton("Button number " + i));
    }
    JPanel p = new JPanel(new BorderLayout());
    p.add(bar, BorderLayout.NORTH);
    assertThat(check(p, 500, 300)).anyMatch(s -> s.contains("Button number"));
  }

  @Test
  void anElidedLabelIsReported() throws Exception {
    JPanel p = new JPanel(new BorderLayout());
    JPanel east = new JPanel(new BorderLayout());
    east.add(new JLabel("a label far too long for the room it is given here"));
    east.setPreferredSize(new java.awt.Dimension(80, 20));
    p.add(east, BorderLayout.EAST);
    assertThat(check(p, 400, 300)).anyMatch(s -> s.contains("cut to …"));
  }

  @Test
  void aWindowLargerThanTheScreenIsReported() throws Exception {
    assertThat(check(new JPanel(), 1280, 900)).anyMatch(s -> s.contains("beyond the screen"));
  }

  @Test
  void aTableColumnNarrowerThanItsHeaderIsReported() throws Exception {
    JTable table =
        new JTable(
            new Object[][] {{1, 2, 3, 4, 5, 6}},
            new Object[] {
              "a very long header one", "another long header", "c", "d", "e", "f long header"
            });
    JPanel p = new JPanel(new BorderLayout());
    p.add(new JScrollPane(table));
    assertThat(check(p, 300, 300)).anyMatch(s -> s.startsWith("column `"));
  }

  @Test
  void anHtmlLabelWiderThanItsScrollPaneIsReported() throws Exception {
    JPanel text = new JPanel(new BorderLayout());
    text.add(
        new JLabel(
            "<html><b>2. Likelihoods</b> a line of an explanation that nobody broke, so it runs"
                + " far past the right edge of the pane</html>"));
    JPanel p = new JPanel(new BorderLayout());
    p.add(new JScrollPane(text));
    assertThat(check(p, 300, 300)).anyMatch(s -> s.contains("scrolling sideways"));
    JPanel broken = new JPanel(new BorderLayout());
    broken.add(new JLabel("<html>short lines<br>that fit</html>"));
    JPanel q = new JPanel(new BorderLayout());
    q.add(new JScrollPane(broken));
    assertThat(check(q, 300, 300)).isEmpty();
  }
}
