package dev.learninglab.core.lab;

import java.util.Optional;
import javax.swing.JComponent;

/**
 * One tutorial turned into a lab: a tab in the window and, usually, a subcommand of the CLI.
 *
 * <p>Labs are found with {@link java.util.ServiceLoader}: a lab is one package plus one line in
 * {@code META-INF/services/dev.learninglab.core.lab.Lab}. Implementations must be cheap to
 * construct; the view is built only when the learner first opens the tab, and the CLI never builds
 * it.
 */
public interface Lab {

  /** Stable id used on the command line ({@code learning-lab gui --lab ID}). */
  String id();

  /** Short title shown on the tab. */
  String title();

  /** Position among the tabs: smaller comes first. */
  int rank();

  /** One sentence on what the learner does here. */
  String summary();

  /**
   * The help F1 shows, as HTML: rendered from the {@code help.md} resource beside the lab's class,
   * the one text of the lab's help (its page in {@code docs/labs/} links to it).
   */
  default String helpHtml() {
    return LabHelp.html(getClass());
  }

  /** Builds the lab's view; called once, on the event thread. */
  JComponent createView(LabContext context);

  /**
   * Whether this lab asks to be shown when the window opens without {@code --lab}, ahead of the lab
   * used last (the Gauntlet does when today's drill is not done). Must be cheap: it runs before the
   * window appears.
   */
  default boolean wantsFocusAtLaunch() {
    return false;
  }

  /** The picocli command that is this lab's headless twin, if it has one. */
  default Optional<Object> command() {
    return Optional.empty();
  }
}
