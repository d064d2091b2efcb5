package dev.learninglab.cli;

import dev.learninglab.core.compute.ComputeInfo;
import dev.learninglab.core.compute.EngineTrust;
import dev.learninglab.core.compute.EngineVerdict;
import dev.learninglab.core.io.Json;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code learning-lab info}: versions, compute engine, device and threads. */
@Command(
    name = "info",
    description =
        "Show versions, the compute engine, device and threads, and the engine's self-check.",
    mixinStandardHelpOptions = true)
final class InfoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    ComputeInfo info = ComputeInfo.describe();
    EngineVerdict check = EngineTrust.verdict();
    var out = spec.commandLine().getOut();
    String version = new VersionProvider().getVersion()[0];
    if (json) {
      Json.print(out, new Report(version, System.getProperty("java.version"), info, check));
    } else {
      out.println(version);
      out.println("Java " + System.getProperty("java.version"));
      out.println(info.summary());
      out.println(check.line());
    }
    return 0;
  }

  private record Report(
      String version, String java, ComputeInfo compute, EngineVerdict engineCheck) {}
}
