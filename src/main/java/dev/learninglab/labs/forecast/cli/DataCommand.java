package dev.learninglab.labs.forecast.cli;

import static dev.learninglab.labs.forecast.model.ForecastTexts.T;

import dev.learninglab.core.io.Json;
import dev.learninglab.core.task.ConsoleProgress;
import dev.learninglab.labs.forecast.model.Protocol;
import dev.learninglab.labs.forecast.model.SeriesSummary;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code learning-lab forecast data}: reads and checks a series and shows how it is split. */
@Command(
    name = "data",
    mixinStandardHelpOptions = true,
    description = "Read and check a price series; show its span, range and train/test split.")
public final class DataCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SeriesOptions series;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Protocol protocol = new Protocol(Protocol.DEFAULT_WINDOW);
    ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
    SeriesSummary s = SeriesSummary.of(series.load(protocol.window(), progress), protocol);
    progress.done();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, s);
      return 0;
    }
    out.println(T.get("forecast.cli.series", s.series(), s.source()));
    out.printf(Locale.ROOT, "sha256 %s%n", s.sha256());
    out.println(
        T.get("forecast.cli.span", s.n(), s.first(), s.last(), s.min(), s.max(), s.lastValue()));
    out.println(
        T.get("forecast.cli.split", s.window(), s.windows(), s.train(), s.test(), s.testFrom()));
    out.flush();
    return 0;
  }
}
