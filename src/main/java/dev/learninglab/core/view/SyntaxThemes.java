package dev.learninglab.core.view;

import dev.learninglab.core.chart.ChartStyle;
import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.fife.ui.rsyntaxtextarea.RSyntaxTextArea;
import org.fife.ui.rsyntaxtextarea.Theme;

/**
 * Makes an RSyntaxTextArea follow the light or dark Look and Feel with RSyntaxTextArea's own
 * bundled themes ({@code idea} on light, {@code dark} on dark), now and on every theme switch.
 */
public final class SyntaxThemes {
  private static final String LIGHT = "/org/fife/ui/rsyntaxtextarea/themes/idea.xml";
  private static final String DARK = "/org/fife/ui/rsyntaxtextarea/themes/dark.xml";

  private SyntaxThemes() {}

  /** Applies the theme that matches the Look and Feel now and whenever it changes. */
  public static void follow(RSyntaxTextArea area) {
    apply(area);
    // RTextArea.setUI fires no "UI" event, so listen to the Look and Feel itself; weakly, so a
    // closed editor is not kept alive by the global listener list
    UIManager.addPropertyChangeListener(new Follower(new WeakReference<>(area)));
  }

  private record Follower(WeakReference<RSyntaxTextArea> area) implements PropertyChangeListener {
    @Override
    public void propertyChange(PropertyChangeEvent e) {
      if (!"lookAndFeel".equals(e.getPropertyName())) {
        return;
      }
      RSyntaxTextArea a = area.get();
      if (a == null) {
        UIManager.removePropertyChangeListener(this);
        return;
      }
      // later: the switch restyles the open windows (the gutter too) after installing the new Look
      // and Feel, and that would paint over colours applied now
      SwingUtilities.invokeLater(() -> apply(a));
    }
  }

  private static void apply(RSyntaxTextArea area) {
    String name = ChartStyle.dark() ? DARK : LIGHT;
    try (InputStream in = RSyntaxTextArea.class.getResourceAsStream(name)) {
      Theme.load(in, area.getFont()).apply(area);
    } catch (IOException e) {
      throw new UncheckedIOException("RSyntaxTextArea theme " + name + " is missing", e);
    }
  }
}
