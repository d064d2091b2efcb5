package dev.learninglab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code learning-lab help [COMMAND...]}: the page of the command named by the whole path, so
 * {@code help superres eval} shows {@code eval}'s page (picocli's own help stops at one level).
 */
@Command(
    name = "help",
    helpCommand = true,
    description = "Show the help of a command, e.g. `help superres eval`.")
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {
  @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command's path.")
  private List<String> path = new ArrayList<>();

  private CommandLine self;
  private CommandLine.Help.ColorScheme colors;
  private PrintWriter out;

  @Override
  public void init(
      CommandLine helpCommandLine,
      CommandLine.Help.ColorScheme colorScheme,
      PrintWriter outWriter,
      PrintWriter errWriter) {
    self = helpCommandLine;
    colors = colorScheme;
    out = outWriter;
  }

  @Override
  public void run() {
    // picocli lets a help command's unknown options through; they are a usage error like anywhere
    if (!self.getUnmatchedArguments().isEmpty()) {
      throw new CommandLine.ParameterException(
          self, "Unknown option: " + String.join(" ", self.getUnmatchedArguments()));
    }
    CommandLine target = self.getParent();
    for (String name : path) {
      CommandLine next = target.getSubcommands().get(name);
      if (next == null) {
        throw new CommandLine.ParameterException(
            self,
            "Unknown command `%s` under `%s` (commands: %s)"
                .formatted(
                    name,
                    target.getCommandSpec().qualifiedName(),
                    String.join(", ", target.getSubcommands().keySet())));
      }
      target = next;
    }
    target.usage(out, colors);
  }
}
