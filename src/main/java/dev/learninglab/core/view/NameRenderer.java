package dev.learninglab.core.view;

import java.awt.Component;
import java.util.function.Function;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;

/**
 * Shows each item of a combo box or list by a name looked up when it is painted, so that a combo of
 * model values ({@code Metric.ACCURACY}) reads in the current language and follows a switch.
 */
public final class NameRenderer<T> extends DefaultListCellRenderer {
  private final Function<? super T, String> name;

  public NameRenderer(Function<? super T, String> name) {
    this.name = name;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Component getListCellRendererComponent(
      JList<?> list, Object value, int index, boolean selected, boolean focused) {
    String shown = value == null ? "" : name.apply((T) value);
    return super.getListCellRendererComponent(list, shown, index, selected, focused);
  }
}
