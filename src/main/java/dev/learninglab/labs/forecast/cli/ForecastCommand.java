package dev.learninglab.labs.forecast.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code learning-lab forecast}: the learning-by-doing lab without the window. */
@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    description =
        "Learning by doing: next-day prices with an LSTM, and the baselines it must beat.",
    subcommands = {
      DataCommand.class,
      FetchCommand.class,
      BaselinesCommand.class,
      TrainCommand.class,
      EvalCommand.class,
      ServeCommand.class,
      ReportCommand.class
    })
public final class ForecastCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
