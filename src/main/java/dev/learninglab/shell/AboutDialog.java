package dev.learninglab.shell;

import static dev.learninglab.shell.ShellTexts.T;

import dev.learninglab.core.data.Dataset;
import dev.learninglab.core.data.DatasetCatalog;
import dev.learninglab.core.view.Dialogs;
import java.awt.Component;
import javax.swing.JDialog;

/** Help ▸ About: the version, the libraries Learning Lab stands on and every dataset's licence. */
final class AboutDialog {
  private static final String[][] LIBRARIES = {
    {"FlatLaf", "Apache-2.0", "shell.about.lib.flatlaf"},
    {"XChart", "Apache-2.0", "shell.about.lib.xchart"},
    {"Tablesaw", "Apache-2.0", "shell.about.lib.tablesaw"},
    {"Deep Java Library (DJL) + PyTorch", "Apache-2.0 / BSD-3-Clause", "shell.about.lib.djl"},
    {"ONNX Runtime (DJL)", "MIT", "shell.about.lib.onnx"},
    {"picocli", "Apache-2.0", "shell.about.lib.picocli"},
    {"Jackson", "Apache-2.0", "shell.about.lib.jackson"},
    {"Apache Commons Math", "Apache-2.0", "shell.about.lib.math"},
  };

  private AboutDialog() {}

  /** The version in the jar's manifest, or "development build" when run from classes. */
  static String version() {
    String v = AboutDialog.class.getPackage().getImplementationVersion();
    return v == null ? T.get("shell.about.devBuild") : T.get("shell.about.version", v);
  }

  static JDialog create(Component parent, DatasetCatalog catalog) {
    StringBuilder html = new StringBuilder("<html><body style='font-family:sans-serif'>");
    html.append("<h2>Learning Lab</h2><p><b>")
        .append(version())
        .append("</b> · Java ")
        .append(System.getProperty("java.version"))
        .append("</p><p>")
        .append(T.get("shell.about.tagline"))
        .append("</p><h3>")
        .append(T.get("shell.about.libraries"))
        .append("</h3><table>");
    for (String[] lib : LIBRARIES) {
      html.append(row(lib[0], lib[1], T.get(lib[2])));
    }
    html.append("</table><h3>").append(T.get("shell.about.datasets")).append("</h3><table>");
    for (Dataset d : catalog.datasets()) {
      html.append(
          row(
              d.displayTitle(),
              d.licence(),
              d.bundled()
                  ? T.get("shell.about.bundled")
                  : T.get("shell.about.catalogued", d.origin())));
    }
    html.append("</table></body></html>");
    return Dialogs.closable(
        parent, T.get("shell.about.title"), HtmlPanes.scrolling(html.toString(), 640, 460));
  }

  private static String row(String a, String b, String c) {
    return "<tr><td><b>" + a + "</b></td><td>" + b + "</td><td>" + c + "</td></tr>";
  }
}
