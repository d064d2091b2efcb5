package dev.learninglab.labs.forecast.cli;

import dev.learninglab.core.io.Json;
import dev.learninglab.core.task.ConsoleProgress;
import dev.learninglab.labs.forecast.model.BaselineReport;
import dev.learninglab.labs.forecast.model.Metrics;
import dev.learninglab.labs.forecast.model.Protocol;
import dev.learninglab.labs.forecast.model.TestWindows;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code learning-lab forecast baselines}: persistence, SMA and AR errors on the test windows. */
@Command(
    name = "baselines",
    mixinStandardHelpOptions = true,
    description =
        "Errors of the baselines any model must beat on the test windows: persistence (tomorrow ="
            + " today), the window's mean and AR(window) by least squares.")
public final class BaselinesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SeriesOptions series;

  @Mixin WindowOption windowOption;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    int window = windowOption.window;
    Protocol protocol = new Protocol(window);
    ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
    TestWindows t = TestWindows.of(series.load(window, progress), protocol);
    progress.done();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, BaselineReport.of(t));
      return 0;
    }
    BaselineReport r = BaselineReport.of(t);
    out.printf(
        Locale.ROOT,
        "%s: %d rows, %d windows of %d, %d train, %d test%n",
        r.series(),
        r.n(),
        r.windows(),
        window,
        r.train(),
        r.test());
    MetricsTable table = new MetricsTable(out);
    table.row("persistence", t.metrics(t.persistence()));
    table.row("SMA-" + window, t.metrics(t.sma()));
    table.row("AR(" + window + ")", t.metrics(t.ar()));
    out.flush();
    return 0;
  }

  /** Prints the metrics as aligned rows, headed once. */
  static final class MetricsTable {
    private final PrintWriter out;

    MetricsTable(PrintWriter out) {
      this.out = out;
      out.printf(
          Locale.ROOT, "%-16s %14s %12s %12s %8s%n", "forecast", "MSE", "RMSE", "MAE", "MASE");
    }

    void row(String name, Metrics m) {
      out.printf(
          Locale.ROOT,
          "%-16s %14.4f %12.4f %12.4f %8.4f%n",
          name,
          m.mse(),
          m.rmse(),
          m.mae(),
          m.mase());
    }
  }
}
