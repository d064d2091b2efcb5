package dev.learninglab.labs.forecast.io;

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
    // "</" inside a script element would end it early
    String json = Json.write(data).replace("</", "<\\/");
    return template().replace("{{DATA}}", json);
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
