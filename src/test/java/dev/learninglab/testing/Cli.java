package dev.learninglab.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.cli.RootCommand;
import dev.learninglab.core.io.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One in-process run of {@code learning-lab ARGS}: its exit code and what it printed. */
public record Cli(int code, String out, String err) {

  /** Runs the root command in this JVM, as the launcher would with these arguments. */
  public static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = RootCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = RootCommand.execute(cl, System.out, args);
    return new Cli(code, out.toString(), err.toString());
  }

  /** Stdout read as JSON; a run that printed something else fails the test, showing it. */
  public JsonNode json() {
    try {
      return Json.mapper().readTree(out);
    } catch (Exception e) {
      throw new AssertionError("not JSON (exit " + code + ", stderr " + err + "): " + out, e);
    }
  }
}
