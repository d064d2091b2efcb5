package dev.learninglab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.testing.Cli;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command and subcommand, labs included, answers {@code --help} and {@code help A B}. */
class HelpEverywhereTest {

  static Stream<List<String>> everyCommand() {
    List<List<String>> paths = new ArrayList<>();
    collect(RootCommand.commandLine(), new ArrayList<>(), paths);
    return paths.stream().filter(p -> !p.isEmpty() && !p.get(p.size() - 1).equals("help"));
  }

  private static void collect(CommandLine cl, List<String> path, List<List<String>> into) {
    into.add(List.copyOf(path));
    cl.getSubcommands()
        .forEach(
            (name, sub) -> {
              if (sub.getCommandName().equals(name)) { // aliases would repeat a command
                List<String> deeper = new ArrayList<>(path);
                deeper.add(name);
                collect(sub, deeper, into);
              }
            });
  }

  @ParameterizedTest
  @MethodSource("everyCommand")
  void helpOptionPrintsTheUsageAndSucceeds(List<String> path) {
    List<String> args = new ArrayList<>(path);
    args.add("--help");
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Usage: learning-lab " + String.join(" ", path));
  }

  @ParameterizedTest
  @MethodSource("everyCommand")
  void helpCommandShowsTheNamedSubcommandsPage(List<String> path) {
    List<String> args = new ArrayList<>(List.of("help"));
    args.addAll(path);
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Usage: learning-lab " + String.join(" ", path));
  }

  @org.junit.jupiter.api.Test
  void helpOfAnUnknownCommandNamesTheChoices() {
    Cli r = Cli.run("help", "superres", "nope");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown command `nope` under `learning-lab superres`", "eval");
  }
}
