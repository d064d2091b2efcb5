package dev.learninglab.core.chart;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Path;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPopupMenu;
import javax.swing.KeyStroke;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.knowm.xchart.XChartPanel;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Wraps an XChart chart in a panel with "Save as PNG…" on right-click and Ctrl+S, the one way every
 * lab lets the learner keep a chart.
 */
public final class ExportablePanels {
  private ExportablePanels() {}

  public static <C extends Chart<?, ?>> XChartPanel<C> of(C chart) {
    XChartPanel<C> panel = new XChartPanel<>(chart);
    AbstractAction save =
        new AbstractAction("Save as PNG…") {
          @Override
          public void actionPerformed(java.awt.event.ActionEvent e) {
            saveWithChooser(panel, chart);
          }
        };
    JPopupMenu menu = new JPopupMenu();
    menu.add(new JMenuItem(save));
    panel.setComponentPopupMenu(menu);
    panel
        .getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
        .put(KeyStroke.getKeyStroke(KeyEvent.VK_S, InputEvent.CTRL_DOWN_MASK), "save-png");
    panel.getActionMap().put("save-png", save);
    return panel;
  }

  static void saveWithChooser(JComponent parent, Chart<?, ?> chart) {
    JFileChooser chooser = new JFileChooser();
    chooser.setFileFilter(new FileNameExtensionFilter("PNG image", "png"));
    if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    Path file = chooser.getSelectedFile().toPath();
    if (!file.getFileName().toString().toLowerCase().endsWith(".png")) {
      file = file.resolveSibling(file.getFileName() + ".png");
    }
    try {
      ChartExport.png(chart, file);
    } catch (IOException e) {
      JOptionPane.showMessageDialog(
          parent,
          "Could not save " + file + ": " + e.getMessage(),
          "Save chart",
          JOptionPane.ERROR_MESSAGE);
    }
  }
}
