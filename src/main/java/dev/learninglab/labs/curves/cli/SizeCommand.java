package dev.learninglab.labs.curves.cli;

import static dev.learninglab.labs.curves.model.CurvesTexts.T;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.i18n.Columns;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.task.ConsoleProgress;
import dev.learninglab.labs.curves.model.Names;
import dev.learninglab.labs.curves.model.extrapolation.Extrapolation;
import dev.learninglab.labs.curves.model.size.SizeDataset;
import dev.learninglab.labs.curves.model.size.SizeExperiment;
import dev.learninglab.labs.curves.model.size.SizeMean;
import dev.learninglab.labs.curves.model.size.SizeReport;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code learning-lab curves size}: test accuracy of the tutorial CNN against training-set size.
 */
@Command(
    name = "size",
    mixinStandardHelpOptions = true,
    description = "Train the tutorial CNN on growing training sets, then extrapolate the curve.")
public final class SizeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--dataset",
      required = true,
      description = "digits, mnist-test or fashion-mnist.")
  String dataset;

  @Option(
      names = "--sizes",
      split = ",",
      description = "Training sizes (default: 10 steps up to all available).")
  int[] sizes;

  @Option(
      names = "--epochs",
      defaultValue = "10",
      description = "Epochs per size (default ${DEFAULT-VALUE}).")
  int epochs;

  @Option(
      names = "--fit-first",
      defaultValue = "6",
      description =
          "Fit the extrapolation curves on the first K points (default ${DEFAULT-VALUE}).")
  int fitFirst;

  @Option(
      names = "--target",
      description = "Accuracy (0-1) to estimate the needed training size for.")
  Double target;

  @Option(
      names = "--seed",
      defaultValue = "0",
      description =
          "Seed for initialisation and shuffling; repeats use seed, seed+1, ... (default"
              + " ${DEFAULT-VALUE}).")
  int seed;

  @Option(
      names = "--repeats",
      defaultValue = "1",
      description =
          "Trainings per size, one per seed (1-10, default ${DEFAULT-VALUE}); the table shows"
              + " their mean and sample std, and the curves are fitted to the means.")
  int repeats;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (sizes != null && Arrays.stream(sizes).anyMatch(s -> s < 1)) {
      throw new IllegalArgumentException("--sizes must be positive, got " + Arrays.toString(sizes));
    }
    if (repeats < 1 || repeats > SizeExperiment.MAX_REPEATS) {
      throw new IllegalArgumentException(
          "--repeats must be 1 to " + SizeExperiment.MAX_REPEATS + ", got " + repeats);
    }
    if (fitFirst < 3) {
      throw new IllegalArgumentException(
          "--fit-first must be at least 3 (the power law has 3 parameters), got " + fitFirst);
    }
    ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
    SizeReport report =
        SizeReport.run(
            new SizeReport.Request(
                SizeDataset.byId(dataset),
                sizes,
                epochs,
                seed,
                repeats,
                fitFirst,
                target == null ? Double.NaN : target),
            DatasetResolver.standard(),
            SizeReport.cacheDir(),
            progress);
    progress.done();
    if (report.cacheWarning() != null) {
      spec.commandLine().getErr().println(T.get("curves.cli.warning", report.cacheWarning()));
      spec.commandLine().getErr().flush();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, report);
    } else {
      print(out, report);
    }
    return 0;
  }

  private static void print(PrintWriter out, SizeReport r) {
    out.println(
        T.get(
            "curves.cli.size.heading",
            r.dataset(),
            r.epochs(),
            r.repeats() == 1
                ? T.get("curves.cli.seed", r.seed())
                : T.get("curves.cli.repeats", r.repeats(), r.seed(), r.seed() + r.repeats() - 1)));
    out.println(
        Columns.right(T.get("curves.cli.col.size"), 7)
            + Columns.right(T.get("curves.size.col.accuracy"), 11)
            + Columns.right(T.get("curves.cli.col.std"), 11)
            + Columns.right(T.get("curves.cli.col.min"), 8)
            + Columns.right(T.get("curves.cli.col.max"), 8)
            + Columns.right(T.get("curves.cli.col.seconds"), 10));
    for (SizeMean p : r.points()) {
      out.printf(
          Locale.ROOT,
          "%7d   %8.4f   %8.4f  %6.4f  %6.4f   %7.1f%n",
          p.size(),
          p.accuracy(),
          p.std(),
          p.min(),
          p.max(),
          p.seconds());
    }
    for (Extrapolation.Fit f : r.fits()) {
      out.println();
      out.println(
          T.get(
              "curves.cli.fit",
              Names.fit(f.model()),
              f.formula(),
              r.fitFirst(),
              f.parameters().isEmpty() ? "" : ": " + f.parameters()));
      for (Extrapolation.Prediction p : f.predictions()) {
        String line =
            T.get(
                "curves.cli.prediction",
                p.predicted(),
                p.measured(),
                String.format(Locale.ROOT, "%+.4f", p.error()));
        if (p.low() != null) {
          line += "   " + T.get("curves.cli.band", p.low(), p.high());
        }
        if (p.extrapolated()) {
          line += "   " + T.get("curves.cli.extrapolated");
        }
        out.println(String.format(Locale.ROOT, "%7d   ", p.size()) + line);
      }
      if (r.target() != null) {
        out.println(
            "  "
                + T.get(
                    "curves.cli.needed",
                    r.target(),
                    f.sizeForTarget() == null
                        ? T.get("curves.cli.notReached")
                        : String.format(Locale.ROOT, "%.0f", f.sizeForTarget())));
      }
    }
    out.flush();
  }
}
