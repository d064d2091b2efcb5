package dev.learninglab.labs.audio.view;

import static dev.learninglab.labs.audio.model.AudioTexts.T;

import dev.learninglab.core.i18n.CoreTexts;
import dev.learninglab.core.image.PictureFiles;
import dev.learninglab.core.io.AtomicFiles;
import dev.learninglab.core.view.Localized;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
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
    JMenuItem png = Localized.text(new JMenuItem(), () -> CoreTexts.T.get("core.chart.savePng"));
    png.addActionListener(
        e ->
            choose(plot, "png")
                .ifPresent(p -> save(plot, p, () -> PictureFiles.writePng(image.get(), p))));
    menu.add(png);
    if (csv != null) {
      JMenuItem data = Localized.text(new JMenuItem(), () -> T.get("audio.export.csv"));
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
    chooser.setFileFilter(
        new FileNameExtensionFilter(
            T.get("audio.export.filter", ext.toUpperCase(Locale.ROOT)), ext));
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
          T.get("audio.export.failed", p, e.getMessage()),
          T.get("audio.export.title"),
          JOptionPane.ERROR_MESSAGE);
    }
  }
}
