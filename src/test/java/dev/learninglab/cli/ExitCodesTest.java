package dev.learninglab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.testing.Cli;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Exit codes as the README promises (issue 30): 2 for every usage error, in every command; 1 when
 * the output could not be written.
 */
class ExitCodesTest {

  /** Every command in the tree, root first, as its argument path. */
  private static List<List<String>> everyCommand() {
    List<List<String>> all = new ArrayList<>();
    walk(RootCommand.commandLine(), new ArrayList<>(), all);
    return all;
  }

  private static void walk(CommandLine cl, List<String> path, List<List<String>> all) {
    all.add(List.copyOf(path));
    cl.getSubcommands()
        .forEach(
            (name, sub) -> {
              if (!sub.getCommandSpec().name().equals(name)) {
                return; // an alias
              }
              path.add(name);
              walk(sub, path, all);
              path.remove(path.size() - 1);
            });
  }

  @Test
  void anUnknownOptionIsAUsageErrorInEveryCommand() {
    List<List<String>> commands = everyCommand();
    assertThat(commands).hasSizeGreaterThan(30);
    for (List<String> path : commands) {
      List<String> args = new ArrayList<>(path);
      args.add("--bogus-opt");
      Cli r = Cli.run(args.toArray(String[]::new));
      assertThat(r.code()).as("exit code of %s", args).isEqualTo(2);
      assertThat(r.out()).as("stdout of %s", args).isEmpty();
      assertThat(r.err()).as("stderr of %s", args).isNotBlank();
    }
  }

  @Test
  void aCommandGroupWithoutItsCommandIsAUsageError() {
    int groups = 0;
    for (List<String> path : everyCommand()) {
      CommandLine cl = RootCommand.commandLine();
      for (String name : path) {
        cl = cl.getSubcommands().get(name);
      }
      if (cl.getSubcommands().isEmpty()
          || cl.getCommand() instanceof java.util.concurrent.Callable) {
        continue;
      }
      groups++;
      List<String> args = new ArrayList<>(path);
      args.add("--cpu"); // the root alone would open the window
      Cli r = Cli.run(args.toArray(String[]::new));
      assertThat(r.code()).as("exit code of %s", args).isEqualTo(2);
      assertThat(r.err()).as("stderr of %s", args).contains("Missing command: give one of");
      assertThat(r.out()).isEmpty();
    }
    assertThat(groups).as("root, data, audio, smell …").isGreaterThanOrEqualTo(8);
    assertThat(Cli.run("audio", "--help").code()).isZero();
  }

  @Test
  void missingArgumentsAreUsageErrors() {
    assertThat(Cli.run("edit-distance").code()).isEqualTo(2);
    assertThat(Cli.run("smell", "featurize").code()).isEqualTo(2);
    assertThat(Cli.run("audio", "spectrogram").code()).isEqualTo(2);
  }

  @Test
  void outputThatCannotBeWrittenExitsOneWithOneLine() {
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    CommandLine cl = RootCommand.commandLine();
    cl.setOut(new PrintWriter(broken));
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    int code = RootCommand.execute(cl, System.out, "info", "--json");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().lines())
        .singleElement()
        .asString()
        .startsWith("learning-lab: could not write the output");
  }

  @Test
  void aClosedStandardStreamUnderTheWriterIsNoticedToo() {
    PrintStream closed =
        new PrintStream(
            new OutputStream() {
              @Override
              public void write(int b) throws IOException {
                throw new IOException("Bad file descriptor");
              }
            },
            true);
    CommandLine cl = RootCommand.commandLine();
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(closed), true));
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    assertThat(RootCommand.execute(cl, closed, "audio", "note", "440")).isEqualTo(1);
    assertThat(err.toString()).contains("could not write the output");
  }

  @Test
  void theWindowWithoutADisplayIsOneLine() throws Exception {
    String javaBin =
        java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
                javaBin,
                "-cp",
                System.getProperty("java.class.path"),
                "dev.learninglab.LearningLab",
                "gui",
                "--lab",
                "curves")
            .redirectErrorStream(true);
    pb.environment().remove("DISPLAY");
    pb.environment().remove("WAYLAND_DISPLAY");
    Process p = pb.start();
    String output =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(output).isEqualTo(1);
    assertThat(output.strip().lines())
        .as(output)
        .singleElement()
        .asString()
        .contains("No display to open the window on");
  }
}
