package dev.learninglab.shell;

import dev.learninglab.core.data.Dataset;
import dev.learninglab.core.data.DatasetCatalog;
import dev.learninglab.core.view.Dialogs;
import java.awt.Component;
import javax.swing.JDialog;

/** Help ▸ About: the version, the libraries Learning Lab stands on and every dataset's licence. */
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

  /** The version in the jar's manifest, or "development build" when run from classes. */
  static String version() {
    String v = AboutDialog.class.getPackage().getImplementationVersion();
    return v == null ? "development build" : "version " + v;
  }

  static JDialog create(Component parent, DatasetCatalog catalog) {
    StringBuilder html = new StringBuilder("<html><body style='font-family:sans-serif'>");
    html.append("<h2>Learning Lab</h2><p><b>")
        .append(version())
        .append("</b> · Java ")
        .append(System.getProperty("java.version"))
        .append("</p><p>Teach yourself data science by doing. Apache-2.0.</p>");
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
    return Dialogs.closable(
        parent, "About Learning Lab", HtmlPanes.scrolling(html.toString(), 640, 460));
  }

  private static String row(String a, String b, String c) {
    return "<tr><td><b>" + a + "</b></td><td>" + b + "</td><td>" + c + "</td></tr>";
  }
}
