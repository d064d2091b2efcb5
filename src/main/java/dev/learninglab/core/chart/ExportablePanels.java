package dev.learninglab.core.chart;

import static dev.learninglab.core.i18n.CoreTexts.T;

import dev.learninglab.core.image.PictureFiles;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPopupMenu;
import javax.swing.KeyStroke;
import javax.swing.UIManager;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.knowm.xchart.XChartPanel;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Wraps an XChart chart in a panel with "Save as PNG…" on right-click and Ctrl+S, the one way every
 * lab lets the learner keep a chart; the chart is coloured from the theme ({@link ChartStyle}).
 */
public final class ExportablePanels {
  private ExportablePanels() {}

  /** Empty-state text for charts whose lab did not give one. */
  public static <C extends Chart<?, ?>> XChartPanel<C> of(C chart) {
    return of(chart, () -> T.get("core.chart.noData"));
  }

  /**
   * As {@link #of(Chart)}; while the chart has no points it shows {@code emptyText} (say what to do
   * to fill it) instead of XChart's made-up −1…1 axes.
   */
  public static <C extends Chart<?, ?>> XChartPanel<C> of(C chart, String emptyText) {
    return of(chart, () -> emptyText);
  }

  /**
   * As {@link #of(Chart, String)}, the empty text looked up when drawn (it follows the language).
   */
  public static <C extends Chart<?, ?>> XChartPanel<C> of(C chart, Supplier<String> emptyText) {
    ChartStyle.apply(chart);
    XChartPanel<C> panel = new EmptyAwarePanel<>(chart, emptyText);
    // restyle when the learner switches theme (setUI fires "UI" on every updateUI)
    panel.addPropertyChangeListener("UI", e -> ChartStyle.apply(chart));
    installSave(panel, () -> saveWithChooser(panel, chart));
    return panel;
  }

  /**
   * Gives a custom-painted chart (one XChart cannot draw) the same "Save as PNG…" on right-click
   * and Ctrl+S as {@link #of}; {@code image} renders the chart as it stands.
   */
  public static void addSaveAsPng(
      JComponent panel, java.util.function.Supplier<java.awt.image.BufferedImage> image) {
    installSave(
        panel,
        () -> {
          Path file = choosePng(panel);
          if (file != null) {
            try {
              PictureFiles.writePng(image.get(), file);
            } catch (IOException e) {
              saveFailed(panel, file, e);
            }
          }
        });
  }

  /** "Save as PNG…" in the right-click menu and on Ctrl+S. */
  private static void installSave(JComponent panel, Runnable save) {
    AbstractAction action =
        new AbstractAction(T.get("core.chart.savePng")) {
          @Override
          public void actionPerformed(java.awt.event.ActionEvent e) {
            save.run();
          }
        };
    JPopupMenu menu = new JPopupMenu();
    menu.add(new JMenuItem(action));
    panel.setComponentPopupMenu(menu);
    panel
        .getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
        .put(KeyStroke.getKeyStroke(KeyEvent.VK_S, InputEvent.CTRL_DOWN_MASK), "save-png");
    panel.getActionMap().put("save-png", action);
  }

  static void saveWithChooser(JComponent parent, Chart<?, ?> chart) {
    Path file = choosePng(parent);
    if (file == null) {
      return;
    }
    try {
      ChartExport.png(chart, file);
    } catch (IOException e) {
      saveFailed(parent, file, e);
    }
  }

  private static Path choosePng(JComponent parent) {
    JFileChooser chooser = new JFileChooser();
    chooser.setFileFilter(new FileNameExtensionFilter(T.get("core.chart.pngFilter"), "png"));
    if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
      return null;
    }
    Path file = chooser.getSelectedFile().toPath();
    if (!file.getFileName().toString().toLowerCase().endsWith(".png")) {
      file = file.resolveSibling(file.getFileName() + ".png");
    }
    return file;
  }

  private static void saveFailed(JComponent parent, Path file, IOException e) {
    JOptionPane.showMessageDialog(
        parent,
        T.get("core.chart.saveFailed", file, e.getMessage()),
        T.get("core.chart.saveTitle"),
        JOptionPane.ERROR_MESSAGE);
  }

  /** An XChart panel that says what to do instead of drawing axes around nothing. */
  private static final class EmptyAwarePanel<C extends Chart<?, ?>> extends XChartPanel<C> {
    private final C chart;
    private final Supplier<String> emptyText;

    EmptyAwarePanel(C chart, Supplier<String> emptyText) {
      super(chart);
      this.chart = chart;
      this.emptyText = emptyText;
    }

    @Override
    protected void paintComponent(Graphics g) {
      if (!isEmpty(chart)) {
        AxisTicks.fit(chart);
        super.paintComponent(g);
        return;
      }
      Graphics2D g2 = (Graphics2D) g.create();
      g2.setColor(getBackground());
      g2.fillRect(0, 0, getWidth(), getHeight());
      g2.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g2.setColor(ChartStyle.colour("Label.disabledForeground", Color.GRAY));
      g2.setFont(UIManager.getFont("Label.font"));
      String title = chart.getTitle() == null ? "" : chart.getTitle();
      FontMetrics fm = g2.getFontMetrics();
      int y = getHeight() / 2;
      if (!title.isEmpty()) {
        g2.drawString(title, (getWidth() - fm.stringWidth(title)) / 2, y - fm.getHeight());
      }
      CentredText.draw(g2, emptyText.get(), getWidth(), y);
      g2.dispose();
    }
  }

  /** True while no series has a point: XChart would draw −1…1 axes around nothing. */
  static boolean isEmpty(Chart<?, ?> chart) {
    for (Object series : chart.getSeriesMap().values()) {
      if (!(series instanceof XYSeries xy) || xy.getXData().length > 0) {
        return false;
      }
    }
    return true;
  }
}
