package dev.learninglab.labs.forecast.cli;

import static dev.learninglab.labs.forecast.model.ForecastTexts.T;

import dev.learninglab.core.task.ConsoleProgress;
import dev.learninglab.labs.forecast.io.ForecastServer;
import dev.learninglab.labs.forecast.io.ModelFolders;
import dev.learninglab.labs.forecast.model.Deployment;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code learning-lab forecast serve}: the model's page and JSON API until Ctrl+C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serve a page with the series, tomorrow's forecasts and the metrics, and the JSON API"
            + " GET /api/forecast?series=ID and GET /api/metrics, until Ctrl+C.")
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--model",
      defaultValue = ModelFolders.SHIPPED,
      paramLabel = "DIR",
      description =
          "A folder forecast train wrote (default ${DEFAULT-VALUE}: the bundled GOOG model).")
  String model;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description =
          "Address to listen on (default ${DEFAULT-VALUE}: this computer only; 0.0.0.0 opens it to"
              + " the network).")
  String host;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    ConsoleProgress progress = new ConsoleProgress(err);
    Deployment deployment =
        ModelFolders.open(model, progress, (f, s) -> Deployment.of(f, s, progress));
    progress.done();
    CountDownLatch stopped = new CountDownLatch(1);
    try (ForecastServer server = ForecastServer.start(deployment, host, port)) {
      Thread hook = new Thread(stopped::countDown, "forecast-serve-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      PrintWriter out = spec.commandLine().getOut();
      out.println(T.get("forecast.cli.serving", server.url()));
      out.flush();
      stopped.await();
    }
    return 0;
  }
}
