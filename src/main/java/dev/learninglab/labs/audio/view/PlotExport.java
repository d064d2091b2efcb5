package dev.learninglab.labs.audio.view;

import dev.learninglab.core.chart.ChartExport;
import dev.learninglab.core.io.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPopupMenu;
import javax.swing.filechooser.FileNameExtensionFilter;

/** Right-click "Save as PNG…" and "Save data as CSV…" on a plot. */
final class PlotExport {
  private PlotExport() {}

  static void install(JComponent plot, Supplier<BufferedImage> image, Supplier<String> csv) {
    JPopupMenu menu = new JPopupMenu();
    JMenuItem png = new JMenuItem("Save as PNG…");
    png.addActionListener(
        e ->
            choose(plot, "png")
                .ifPresent(p -> save(plot, p, () -> ChartExport.png(image.get(), p))));
    menu.add(png);
    if (csv != null) {
      JMenuItem data = new JMenuItem("Save data as CSV…");
      data.addActionListener(
          e ->
              choose(plot, "csv")
                  .ifPresent(p -> save(plot, p, () -> AtomicFiles.writeString(p, csv.get()))));
      menu.add(data);
    }
    plot.setComponentPopupMenu(menu);
  }

  private static java.util.Optional<Path> choose(JComponent parent, String ext) {
    JFileChooser chooser = new JFileChooser();
    chooser.setFileFilter(new FileNameExtensionFilter(ext.toUpperCase() + " file", ext));
    if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
      return java.util.Optional.empty();
    }
    Path p = chooser.getSelectedFile().toPath();
    return java.util.Optional.of(
        p.getFileName().toString().endsWith("." + ext)
            ? p
            : p.resolveSibling(p.getFileName() + "." + ext));
  }

  private interface Write {
    void run() throws IOException;
  }

  private static void save(JComponent parent, Path p, Write write) {
    try {
      write.run();
    } catch (IOException | RuntimeException e) {
      JOptionPane.showMessageDialog(
          parent,
          "Could not write " + p + ": " + e.getMessage(),
          "Save",
          JOptionPane.ERROR_MESSAGE);
    }
  }
}
