package dev.learninglab.cli;

import dev.learninglab.core.compute.ComputeSettings;
import dev.learninglab.core.i18n.Language;
import dev.learninglab.core.i18n.Locales;
import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.Labs;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;

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
    HelpLanguage.apply(cl);
    cl.setExecutionExceptionHandler(new FriendlyErrors());
    cl.setExecutionStrategy(RootCommand::runUnlessGroupAlone);
    return cl;
  }

  /**
   * Runs {@code args} and returns the exit code, which is 1 when what the command printed could not
   * all be written (stdout closed, a full disk): {@code PrintWriter} and {@code PrintStream}
   * swallow write errors, so without this check output is lost with exit code 0. {@code stdout} is
   * the stream under the command line's writer when that writer hides it ({@code System.out}).
   */
  public static int execute(CommandLine cl, PrintStream stdout, String... args) {
    int exit = cl.execute(args);
    if (cl.getOut().checkError() || stdout.checkError()) {
      cl.getErr()
          .println(
              "learning-lab: could not write the output (standard output is closed, a full disk"
                  + " or a broken pipe); nothing more was written");
      cl.getErr().flush();
      return 1;
    }
    return exit;
  }

  /**
   * A command group ({@code audio}, {@code data} …) given without one of its commands is a usage
   * error (exit code 2, usage on stderr), as for any other missing argument, unless help was asked
   * for. Groups are the commands with subcommands that do no work of their own (not {@link
   * Callable}).
   */
  private static int runUnlessGroupAlone(ParseResult parsed) {
    ParseResult last = parsed;
    boolean help = parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested();
    while (last.hasSubcommand()) {
      last = last.subcommand();
      help |= last.isUsageHelpRequested() || last.isVersionHelpRequested();
    }
    CommandLine command = last.commandSpec().commandLine();
    if (!help
        && !command.getSubcommands().isEmpty()
        && !(command.getCommand() instanceof Callable)) {
      throw new CommandLine.ParameterException(
          command,
          "Missing command: give one of " + String.join(", ", command.getSubcommands().keySet()));
    }
    return new CommandLine.RunLast().execute(parsed);
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
    // --help is written after parsing, so it already speaks the language asked for here
    HelpLanguage.apply(spec.root().commandLine());
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
