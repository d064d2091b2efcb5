package dev.learninglab.cli;

import dev.learninglab.core.compute.ComputeSettings;
import dev.learninglab.core.i18n.Language;
import dev.learninglab.core.i18n.Locales;
import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.Labs;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code learning-lab} command: shell and data subcommands plus one per lab. */
@Command(
    name = "learning-lab",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Teach yourself data science by doing. Without arguments the window opens.",
    subcommands = {GuiCommand.class, DataCommand.class, InfoCommand.class, HelpCommand.class})
public final class RootCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(
      names = "--cpu",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Compute on the CPU even when a GPU is visible.")
  void forceCpu(boolean cpu) {
    if (cpu) {
      ComputeSettings.forceCpu(true);
    }
  }

  /** The command line with every lab's subcommand registered. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new RootCommand());
    for (Lab lab : Labs.discover()) {
      lab.command().ifPresent(cl::addSubcommand);
    }
    giveEveryCommandHelp(cl);
    cl.setExecutionExceptionHandler(new FriendlyErrors());
    return cl;
  }

  /**
   * Adds {@code -h/--help} (and {@code -V}) to every command in the tree, so that a lab's new
   * subcommand answers {@code --help} even when its author forgot to ask for it.
   */
  private static void giveEveryCommandHelp(CommandLine cl) {
    if (!cl.getCommandSpec().mixinStandardHelpOptions()) {
      cl.getCommandSpec().mixinStandardHelpOptions(true);
    }
    cl.getSubcommands().values().forEach(RootCommand::giveEveryCommandHelp);
  }

  @CommandLine.Option(
      names = "--lang",
      scope = CommandLine.ScopeType.INHERIT,
      paramLabel = "en|zh-CN|system",
      description =
          "Language of messages for people (default: $LEARNING_LAB_LANG, else English here and"
              + " the View ▸ Language choice in the window). JSON keys never change.")
  void language(String tag) {
    requested = Language.parseOrFail(tag, "--lang");
    Locales.use(requested);
  }

  /** The language asked for with --lang, else by LEARNING_LAB_LANG, else null. */
  static Language requestedLanguage() {
    return requested != null ? requested : Locales.fromEnvironment().orElse(null);
  }

  private static volatile Language requested;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
