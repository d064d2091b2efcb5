package dev.learninglab.testing;

import dev.learninglab.core.i18n.Language;
import dev.learninglab.core.view.Localized;
import java.awt.Window;
import javax.swing.SwingUtilities;

/** What a GUI test leaves behind: every window it opened, and the language it chose. */
public final class OpenWindows {
  private OpenWindows() {}

  /** Disposes every window and speaks English again, as the other tests expect; on the EDT. */
  public static void closeAll() throws Exception {
    SwingUtilities.invokeAndWait(
        () -> {
          for (Window w : Window.getWindows()) {
            w.dispose();
          }
          Localized.use(Language.ENGLISH);
        });
  }
}
