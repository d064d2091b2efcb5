package dev.learninglab.labs.iin.cli;

import static dev.learninglab.labs.iin.model.IinTexts.T;

import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.task.ConsoleProgress;
import dev.learninglab.labs.iin.io.PlanePng;
import dev.learninglab.labs.iin.model.toy.PlaneDensity;
import dev.learninglab.labs.iin.model.toy.PlaneFlow;
import dev.learninglab.labs.iin.model.toy.ToyReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code learning-lab iin toy}: a flow learns a 2-D density; held-out NLL against the entropy. */
@Command(
    name = "toy",
    mixinStandardHelpOptions = true,
    description =
        "Train a small flow on a 2-D density and compare its held-out negative log-likelihood"
            + " with the density's true entropy.")
public final class ToyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--density",
      defaultValue = "8gaussians",
      description = "moons or 8gaussians (default ${DEFAULT-VALUE}).")
  String density;

  @Option(
      names = "--blocks",
      defaultValue = "8",
      description =
          "Flow blocks (ActNorm, double coupling, shuffle), 1-32 (default ${DEFAULT-VALUE}).")
  int blocks;

  @Option(
      names = "--steps",
      defaultValue = "3000",
      description = "Training steps of 256 fresh samples (default ${DEFAULT-VALUE}).")
  int steps;

  @Option(names = "--seed", defaultValue = "0", description = "Seed (default ${DEFAULT-VALUE}).")
  int seed;

  @Option(
      names = "--png",
      description = "Write the learnt density as a heat map with flow samples over it (PNG).")
  Path png;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PlaneDensity chosen = PlaneDensity.byId(density);
    if (blocks < 1 || blocks > 32) {
      throw new IllegalArgumentException("--blocks must be 1 to 32, got " + blocks);
    }
    if (steps < 1) {
      throw new IllegalArgumentException("--steps must be at least 1, got " + steps);
    }
    ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
    try (PlaneFlow flow =
        PlaneFlow.train(chosen, blocks, steps, seed, TrainingListener.none(), progress)) {
      progress.done();
      ToyReport report = ToyReport.of(flow, seed);
      if (png != null) {
        PlanePng.write(flow, png);
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Json.print(out, report);
      } else {
        out.println(
            T.get(
                "iin.cli.toy",
                chosen.id(),
                blocks,
                steps,
                report.nll(),
                report.entropy(),
                report.nll() - report.entropy()));
        if (png != null) {
          out.println(T.get("iin.cli.wrote", png));
        }
      }
      out.flush();
    }
    return 0;
  }
}
