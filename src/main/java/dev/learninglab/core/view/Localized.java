package dev.learninglab.core.view;

import dev.learninglab.core.i18n.Language;
import dev.learninglab.core.i18n.Locales;
import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.border.TitledBorder;
import javax.swing.table.TableColumn;
import javax.swing.text.JTextComponent;

/**
 * Texts that follow the language: each setter here shows its text now and again, looked up anew,
 * whenever the learner switches language, so a lab keeps its state (docs/decisions, "language at
 * run time"). Texts a view composes from its state (a status line, a derivation) register a
 * re-render with {@link #whenChanged} (whose runnable should not hold {@code owner}, which is kept
 * weakly like every bound component).
 */
public final class Localized {
  private static final Map<Component, Map<String, Consumer<Component>>> BOUND = new WeakHashMap<>();

  private Localized() {}

  /**
   * On the event thread: speaks {@code language} from now on, in the app's texts and in Swing's own
   * (file choosers, option panes), and re-applies every bound text.
   */
  public static void use(Language language) {
    Locales.use(language);
    JComponent.setDefaultLocale(Locales.current());
    reapply();
  }

  public static <L extends JLabel> L text(L label, Supplier<String> text) {
    bind(label, "text", c -> ((JLabel) c).setText(text.get()));
    return label;
  }

  public static <B extends AbstractButton> B text(B button, Supplier<String> text) {
    bind(button, "text", c -> ((AbstractButton) c).setText(text.get()));
    return button;
  }

  /** A read-only text area or field whose whole text follows the language. */
  public static <T extends JTextComponent> T text(T area, Supplier<String> text) {
    bind(
        area,
        "text",
        c -> {
          ((JTextComponent) c).setText(text.get());
          ((JTextComponent) c).setCaretPosition(0);
        });
    return area;
  }

  public static <C extends JComponent> C tip(C component, Supplier<String> text) {
    bind(component, "tip", c -> ((JComponent) c).setToolTipText(text.get()));
    return component;
  }

  /** The title of the tab that shows {@code tab} in {@code pane}. */
  public static void tab(JTabbedPane pane, Component tab, Supplier<String> title) {
    bind(
        tab,
        "tab",
        c -> {
          if (c.getParent() instanceof JTabbedPane p && p.indexOfComponent(c) >= 0) {
            p.setTitleAt(p.indexOfComponent(c), title.get());
          }
        });
    if (pane.indexOfComponent(tab) < 0) {
      throw new IllegalArgumentException("add the tab to the pane before naming it");
    }
  }

  /** A titled border whose title follows the language. */
  public static <C extends JComponent> C titled(C component, Supplier<String> title) {
    component.setBorder(new TitledBorder(title.get()));
    bind(
        component,
        "border",
        c -> {
          if (((JComponent) c).getBorder() instanceof TitledBorder b) {
            b.setTitle(title.get());
            c.repaint();
          }
        });
    return component;
  }

  /**
   * Runs {@code render} after each language switch, for texts {@code owner} composes itself
   * (charts' titles, status lines built from the model). {@code key} tells apart several re-renders
   * of one owner; binding the same key again replaces the earlier one.
   */
  public static void whenChanged(Component owner, String key, Runnable render) {
    synchronized (BOUND) {
      BOUND
          .computeIfAbsent(owner, c -> new LinkedHashMap<>())
          .put("render:" + key, c -> render.run());
    }
  }

  /** Applies now and on each switch; {@code apply} gets the component, so it need not hold it. */
  private static void bind(Component component, String what, Consumer<Component> apply) {
    apply.accept(component);
    synchronized (BOUND) {
      BOUND.computeIfAbsent(component, k -> new LinkedHashMap<>()).put(what, apply);
    }
  }

  /** Re-applies every bound text, renames table headers, and lays the windows out again. */
  private static void reapply() {
    Map<Component, Map<String, Consumer<Component>>> all;
    synchronized (BOUND) {
      all = new LinkedHashMap<>(BOUND);
    }
    all.forEach((c, appliers) -> List.copyOf(appliers.values()).forEach(a -> a.accept(c)));
    for (Window w : Window.getWindows()) {
      renameTableHeaders(w);
      w.invalidate();
      w.validate();
      w.repaint();
    }
  }

  /** Table headers are copied from the model once; take them again in the new language. */
  private static void renameTableHeaders(Container c) {
    for (Component child : c.getComponents()) {
      if (child instanceof JTable table) {
        for (int i = 0; i < table.getColumnCount(); i++) {
          TableColumn col = table.getColumnModel().getColumn(i);
          col.setHeaderValue(table.getModel().getColumnName(col.getModelIndex()));
        }
        if (table.getTableHeader() != null) {
          table.getTableHeader().repaint();
        }
      }
      if (child instanceof Container inner) {
        renameTableHeaders(inner);
      }
    }
  }
}
