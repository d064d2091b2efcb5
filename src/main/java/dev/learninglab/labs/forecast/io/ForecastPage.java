package dev.learninglab.labs.forecast.io;

import static dev.learninglab.labs.forecast.model.ForecastTexts.T;

import dev.learninglab.core.i18n.Locales;
import dev.learninglab.core.io.Json;
import dev.learninglab.labs.forecast.model.Deployment;
import dev.learninglab.labs.forecast.model.EvalReport;
import dev.learninglab.labs.forecast.model.Protocol;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The served page: a template with the deployment's numbers embedded as JSON, drawn by a few lines
 * of script in the browser (the chart, tomorrow's forecasts, the metrics and the verdict).
 */
final class ForecastPage {
  private ForecastPage() {}

  static String html(Deployment d) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("values", d.series().values());
    data.put(
        "trainRows", new Protocol(d.evaluation().card().window()).trainRows(d.series().size()));
    data.put("next", d.next());
    data.put("metrics", EvalReport.of(d.evaluation()));
    data.put("verdict", d.evaluation().verdict());
    data.put("texts", scriptTexts(d));
    // "</" inside a script element would end it early
    String json = Json.write(data).replace("</", "<\\/");
    String page = template();
    for (Map.Entry<String, String> t : pageTexts().entrySet()) {
      page = page.replace("{{" + t.getKey() + "}}", escape(t.getValue()));
    }
    return page.replace("{{DATA}}", json); // last: the data's own text is never a placeholder
  }

  /** The page's fixed words, in the language the server was started in. */
  private static Map<String, String> pageTexts() {
    return Map.ofEntries(
        Map.entry("lang", Locales.current().toLanguageTag()),
        Map.entry("title", T.get("forecast.page.title")),
        Map.entry("note", T.get("forecast.page.note")),
        Map.entry("and", T.get("forecast.page.and")),
        Map.entry("chart", T.get("forecast.page.chart")),
        Map.entry("legend", T.get("forecast.page.legend")),
        Map.entry("tomorrow", T.get("forecast.page.tomorrow")),
        Map.entry("forecast", T.get("forecast.cli.col.forecast")),
        Map.entry("price", T.get("forecast.page.price")),
        Map.entry("howGood", T.get("forecast.page.howGood")));
  }

  /** The words the script writes: the heading with its date, and the forecasts' names. */
  private static Map<String, Object> scriptTexts(Deployment d) {
    Map<String, Object> names = new LinkedHashMap<>();
    names.put("lstm", "LSTM");
    names.put("persistence", T.get("forecast.page.persistence"));
    names.put("sma", T.get("forecast.page.sma"));
    names.put("ar", T.get("forecast.page.ar"));
    return Map.of(
        "heading",
        T.get(
            "forecast.page.heading",
            d.next().series().toUpperCase(java.util.Locale.ROOT),
            String.valueOf(d.next().date())),
        "names",
        names);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static String template() {
    try (InputStream in =
        ForecastPage.class.getResourceAsStream("/dev/learninglab/labs/forecast/page.html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("the application's page.html is unreadable", e);
    }
  }
}
