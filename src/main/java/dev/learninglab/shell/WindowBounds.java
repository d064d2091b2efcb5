package dev.learninglab.shell;

import java.awt.Rectangle;
import java.util.Comparator;
import java.util.List;

/**
 * Where the window opens. The first time it is sized from the screen (all of a small screen, most
 * of a large one); afterwards the remembered bounds are used, moved and shrunk onto a screen that
 * is still attached, so a window last seen on an unplugged monitor or a larger screen comes back
 * whole.
 */
final class WindowBounds {
  /** A first window never grows beyond this: larger only spreads the labs thin. */
  static final int MAX_FIRST_WIDTH = 1680;

  static final int MAX_FIRST_HEIGHT = 1050;

  private WindowBounds() {}

  /**
   * @param screens the usable area (without task bars) of every screen, the primary one first
   */
  static Rectangle fit(ShellSettings settings, List<Rectangle> screens) {
    Rectangle primary = screens.get(0);
    if (!settings.hasSize()) {
      int w =
          Math.min(
              primary.width, Math.max(1280, Math.min(MAX_FIRST_WIDTH, primary.width * 9 / 10)));
      int h =
          Math.min(
              primary.height, Math.max(800, Math.min(MAX_FIRST_HEIGHT, primary.height * 9 / 10)));
      return centred(w, h, primary);
    }
    Rectangle wanted =
        new Rectangle(settings.x(), settings.y(), settings.width(), settings.height());
    Rectangle screen =
        settings.hasPosition()
            ? screens.stream()
                .max(Comparator.comparingLong(s -> overlap(s, wanted)))
                .filter(s -> overlap(s, wanted) > 0)
                .orElse(primary)
            : primary;
    int w = Math.min(wanted.width, screen.width);
    int h = Math.min(wanted.height, screen.height);
    if (!settings.hasPosition()) {
      return centred(w, h, screen);
    }
    int x = clamp(wanted.x, screen.x, screen.x + screen.width - w);
    int y = clamp(wanted.y, screen.y, screen.y + screen.height - h);
    return new Rectangle(x, y, w, h);
  }

  private static Rectangle centred(int w, int h, Rectangle screen) {
    return new Rectangle(
        screen.x + (screen.width - w) / 2, screen.y + (screen.height - h) / 2, w, h);
  }

  private static long overlap(Rectangle a, Rectangle b) {
    Rectangle i = a.intersection(b);
    return i.isEmpty() ? 0 : (long) i.width * i.height;
  }

  private static int clamp(int v, int lo, int hi) {
    return Math.max(lo, Math.min(v, hi));
  }
}
