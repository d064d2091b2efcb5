package dev.learninglab.labs.forecast.cli;

import static dev.learninglab.labs.forecast.model.ForecastTexts.T;

import dev.learninglab.core.io.LabHome;
import dev.learninglab.labs.forecast.io.AlphaVantage;
import dev.learninglab.labs.forecast.io.ApiKeySetting;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code learning-lab forecast fetch}: a symbol's daily prices from Alpha Vantage as a CSV. */
@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    description =
        "Download SYMBOL's full daily history from Alpha Vantage (TIME_SERIES_DAILY) as a CSV"
            + " that --series reads; works offline from the last copy.")
public final class FetchCommand implements Callable<Integer> {
  /** A rate-limit note asks for a pause of a minute before the next call. */
  private static final Duration RATE_LIMIT_PAUSE = Duration.ofSeconds(60);

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SYMBOL", description = "A ticker, e.g. IBM.")
  String symbol;

  @Option(
      names = "--api-key",
      paramLabel = "K",
      description =
          "Your Alpha Vantage key (default: $ALPHAVANTAGE_API_KEY, else the key saved in the"
              + " lab's Data stage); never printed.")
  String apiKey;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Also write the CSV here (it is always kept in the lab's cache).")
  Path out;

  /** Where the API is: the fake server of the tests. */
  @Option(names = "--endpoint", hidden = true, defaultValue = AlphaVantage.ENDPOINT)
  URI endpoint;

  @Override
  public Integer call() throws Exception {
    String key =
        new ApiKeySetting(LabHome.dir()).resolve(apiKey, System.getenv("ALPHAVANTAGE_API_KEY"));
    AlphaVantage client =
        new AlphaVantage(
            endpoint,
            LabHome.dir().resolve("forecast").resolve("prices"),
            d -> Thread.sleep(d.toMillis()),
            RATE_LIMIT_PAUSE);
    PrintWriter err = spec.commandLine().getErr();
    AlphaVantage.Fetched f = client.fetch(symbol, key, out);
    if (f.fromCache()) {
      err.println(T.get("forecast.cli.warning", f.note()));
      err.flush();
    }
    PrintWriter o = spec.commandLine().getOut();
    o.println(
        T.get(
            "forecast.cli.fetched",
            AlphaVantage.checkSymbol(symbol),
            f.days(),
            f.last(),
            f.file()));
    o.println(T.get("forecast.cli.next", "learning-lab forecast baselines --series " + f.file()));
    o.flush();
    return 0;
  }
}
