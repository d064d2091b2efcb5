package dev.learninglab.shell;

import dev.learninglab.core.data.Dataset;
import dev.learninglab.core.data.DatasetCatalog;
import java.awt.Component;
import java.awt.Dimension;
import javax.swing.JEditorPane;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;

/** Help ▸ About: the libraries Learning Lab stands on and the licence of every dataset. */
final class AboutDialog {
  private static final String[][] LIBRARIES = {
    {"FlatLaf", "Apache-2.0", "look and feel"},
    {"XChart", "Apache-2.0", "charts"},
    {"Tablesaw", "Apache-2.0", "tables; Excel through Apache POI"},
    {"Deep Java Library (DJL) + PyTorch", "Apache-2.0 / BSD-3-Clause", "neural networks"},
    {"ONNX Runtime (through DJL)", "MIT", "fast inference"},
    {"picocli", "Apache-2.0", "command line"},
    {"Jackson", "Apache-2.0", "JSON"},
    {"Apache Commons Math", "Apache-2.0", "statistics and optimisation"},
  };

  private AboutDialog() {}

  static void show(Component parent, DatasetCatalog catalog) {
    StringBuilder html = new StringBuilder("<html><body style='font-family:sans-serif'>");
    html.append("<h2>Learning Lab</h2><p>Teach yourself data science by doing. Apache-2.0.</p>");
    html.append("<h3>Libraries</h3><table>");
    for (String[] lib : LIBRARIES) {
      html.append(row(lib[0], lib[1], lib[2]));
    }
    html.append("</table><h3>Datasets</h3><table>");
    for (Dataset d : catalog.datasets()) {
      html.append(
          row(d.title(), d.licence(), d.bundled() ? "bundled" : "catalogued: " + d.origin()));
    }
    html.append("</table></body></html>");
    JEditorPane pane = new JEditorPane("text/html", html.toString());
    pane.setEditable(false);
    pane.setCaretPosition(0);
    JScrollPane scroll = new JScrollPane(pane);
    scroll.setPreferredSize(new Dimension(640, 460));
    JOptionPane.showMessageDialog(parent, scroll, "About Learning Lab", JOptionPane.PLAIN_MESSAGE);
  }

  private static String row(String a, String b, String c) {
    return "<tr><td><b>" + a + "</b></td><td>" + b + "</td><td>" + c + "</td></tr>";
  }
}
