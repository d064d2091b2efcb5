package dev.learninglab.labs.forecast.cli;

import static dev.learninglab.labs.forecast.model.ForecastTexts.T;

import dev.learninglab.core.io.Json;
import dev.learninglab.core.task.ConsoleProgress;
import dev.learninglab.labs.forecast.io.ModelFolders;
import dev.learninglab.labs.forecast.model.EvalReport;
import dev.learninglab.labs.forecast.model.Evaluation;
import dev.learninglab.labs.forecast.model.TestWindows;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code learning-lab forecast eval}: a trained LSTM against the baselines on the test windows. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Score a trained LSTM on the test windows beside persistence, SMA and AR, with the"
            + " Diebold-Mariano test against persistence.")
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ModelOption modelOption;

  @Option(
      names = "--walk-forward",
      paramLabel = "K",
      defaultValue = "0",
      description =
          "Also re-fit every K test days (one more LSTM epoch, AR fitted again) on the days known"
              + " by then.")
  int walkForward;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (walkForward < 0) {
      throw new IllegalArgumentException("--walk-forward must be 1 or more, got " + walkForward);
    }
    PrintWriter err = spec.commandLine().getErr();
    ConsoleProgress progress = new ConsoleProgress(err);
    Evaluation e =
        ModelFolders.open(
            modelOption.model, progress, (f, s) -> Evaluation.run(f, s, walkForward, progress));
    progress.done();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, EvalReport.of(e));
      return 0;
    }
    TestWindows t = e.windows();
    out.println(
        T.get(
            "forecast.cli.testWindows",
            t.series().id(),
            t.count(),
            t.protocol().window(),
            t.series().dates().get(t.protocol().target(t.first()))));
    BaselinesCommand.MetricsTable table = new BaselinesCommand.MetricsTable(out);
    table.row("LSTM", e.lstmMetrics());
    table.row(T.get("forecast.cli.persistence"), t.metrics(t.persistence()));
    table.row("SMA-" + t.protocol().window(), t.metrics(t.sma()));
    table.row("AR(" + t.protocol().window() + ")", t.metrics(t.ar()));
    if (e.walkForward() != null) {
      Evaluation.WalkForward w = e.walkForward();
      table.row("LSTM " + T.get("forecast.cli.walkForward"), w.lstm());
      table.row("AR " + T.get("forecast.cli.walkForward"), w.ar());
      out.println(
          T.get(
              "forecast.cli.walkForwardLine",
              w.k(),
              w.refits(),
              String.format(Locale.ROOT, "%.3f", w.dm().statistic()),
              String.format(Locale.ROOT, "%.4f", w.dm().p())));
    }
    out.println(
        T.get(
            "forecast.cli.dm",
            String.format(Locale.ROOT, "%.3f", e.dm().statistic()),
            String.format(Locale.ROOT, "%.4f", e.dm().p())));
    out.println(e.verdict());
    out.flush();
    return 0;
  }
}
