package dev.learninglab.testing;

import java.awt.Component;
import java.awt.Container;
import java.util.Optional;
import java.util.function.Predicate;
import javax.swing.AbstractButton;
import javax.swing.JLabel;

/** Finds Swing components by what the learner sees, for GUI tests. */
public final class Components {
  private Components() {}

  /** The first component below {@code root} of this type that satisfies the test, depth first. */
  public static <T extends Component> Optional<T> find(
      Container root, Class<T> type, Predicate<T> test) {
    for (Component child : root.getComponents()) {
      if (type.isInstance(child) && test.test(type.cast(child))) {
        return Optional.of(type.cast(child));
      }
      if (child instanceof Container inner) {
        Optional<T> found = find(inner, type, test);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  public static AbstractButton button(Container root, String text) {
    return find(root, AbstractButton.class, b -> text.equals(b.getText()))
        .orElseThrow(() -> new AssertionError("no button `" + text + "`"));
  }

  public static boolean showsLabel(Container root, String text) {
    return find(root, JLabel.class, l -> text.equals(l.getText()) && l.isShowing()).isPresent();
  }
}
