package dev.learninglab.core.view;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Insets;
import javax.swing.JComponent;

/**
 * A {@link FlowLayout} for toolbars that wraps onto a second row when the window is narrow.
 *
 * <p>FlowLayout already places overflowing components on further rows, but it reports a one-row
 * preferred height, so a toolbar in {@code BorderLayout.NORTH} cuts the second row off. This layout
 * reports the height of the rows it will actually use at the container's current width.
 */
public final class WrapLayout extends FlowLayout {

  private static final String ASKED = "WrapLayout.asked";

  /** Left-aligned, 6 px between items, 2 px above and below: the house toolbar spacing. */
  public WrapLayout() {
    this(LEFT, 6, 2);
  }

  public WrapLayout(int align, int hgap, int vgap) {
    super(align, hgap, vgap);
  }

  @Override
  public Dimension preferredLayoutSize(Container target) {
    return size(target, true, availableWidth(target));
  }

  @Override
  public Dimension minimumLayoutSize(Container target) {
    Dimension d = size(target, false, availableWidth(target));
    d.width = 0; // a toolbar may always become narrower: it wraps instead
    return d;
  }

  /**
   * Lays the rows out; when the width this container was finally given needs another number of rows
   * than the height it got (a toolbar sharing its row with other components, or a parent that asked
   * for our size at another width), asks for one more layout pass so the extra row is not cut off.
   */
  @Override
  public void layoutContainer(Container target) {
    super.layoutContainer(target);
    if (target.getWidth() > 0 && target instanceof JComponent component) {
      int needed = size(target, true, target.getWidth()).height;
      // asked once per width and height: a parent that cannot give more height must not make us
      // ask again and again
      String request = target.getWidth() + "x" + needed;
      if (needed != target.getHeight() && !request.equals(component.getClientProperty(ASKED))) {
        component.putClientProperty(ASKED, request);
        component.revalidate();
      }
    }
  }

  private Dimension size(Container target, boolean preferred, int available) {
    synchronized (target.getTreeLock()) {
      Insets in = target.getInsets();
      int maxRow = available - in.left - in.right - 2 * getHgap();
      int rowWidth = 0;
      int rowHeight = 0;
      int width = 0;
      int height = 0;
      for (Component c : target.getComponents()) {
        if (!c.isVisible()) {
          continue;
        }
        Dimension d = preferred ? c.getPreferredSize() : c.getMinimumSize();
        if (rowWidth > 0 && rowWidth + getHgap() + d.width > maxRow) {
          width = Math.max(width, rowWidth);
          height += rowHeight + getVgap();
          rowWidth = 0;
          rowHeight = 0;
        }
        rowWidth += (rowWidth > 0 ? getHgap() : 0) + d.width;
        rowHeight = Math.max(rowHeight, d.height);
      }
      width = Math.max(width, rowWidth);
      height += rowHeight;
      return new Dimension(
          width + in.left + in.right + 2 * getHgap(), height + in.top + in.bottom + 2 * getVgap());
    }
  }

  /**
   * The width the rows may use: at most the parent's inner width (current while a parent lays out,
   * when our own width is still last pass's) and at most our own width (a toolbar sharing its row
   * with other components gets less than its parent's width; the next pass corrects a stale value).
   */
  private static int availableWidth(Container target) {
    int own = target.getWidth() > 0 ? target.getWidth() : Integer.MAX_VALUE;
    return Math.min(own, parentWidth(target));
  }

  private static int parentWidth(Container target) {
    Container c = target.getParent() == null ? target : target.getParent();
    while (c.getWidth() == 0 && c.getParent() != null) {
      c = c.getParent();
    }
    if (c.getWidth() == 0) {
      return Integer.MAX_VALUE; // the very first pass, before any size is known
    }
    Insets in = c == target ? new Insets(0, 0, 0, 0) : c.getInsets();
    return c.getWidth() - in.left - in.right;
  }
}
