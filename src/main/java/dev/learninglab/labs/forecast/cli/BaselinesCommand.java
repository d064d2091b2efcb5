package dev.learninglab.labs.forecast.cli;

import static dev.learninglab.labs.forecast.model.ForecastTexts.T;

import dev.learninglab.core.i18n.Columns;
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
    out.println(
        T.get("forecast.cli.windows", r.series(), r.n(), r.windows(), window, r.train(), r.test()));
    MetricsTable table = new MetricsTable(out);
    table.row(T.get("forecast.cli.persistence"), t.metrics(t.persistence()));
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
          Locale.ROOT,
          "%s %14s %12s %12s %8s%n",
          Columns.left(T.get("forecast.cli.col.forecast"), 16),
          "MSE",
          "RMSE",
          "MAE",
          "MASE");
    }

    void row(String name, Metrics m) {
      out.printf(
          Locale.ROOT,
          "%s %14.4f %12.4f %12.4f %8.4f%n",
          Columns.left(name, 16),
          m.mse(),
          m.rmse(),
          m.mae(),
          m.mase());
    }
  }
}
