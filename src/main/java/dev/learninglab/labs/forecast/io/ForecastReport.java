package dev.learninglab.labs.forecast.io;

import static dev.learninglab.labs.forecast.model.ForecastTexts.T;

import dev.learninglab.labs.forecast.model.Evaluation;
import dev.learninglab.labs.forecast.model.Metrics;
import dev.learninglab.labs.forecast.model.ModelCard;
import dev.learninglab.labs.forecast.model.Protocol;
import dev.learninglab.labs.forecast.model.SeriesSummary;
import dev.learninglab.labs.forecast.model.TestWindows;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;

/**
 * The write-up of a run, independent of its format: the question, the data with its checksum, the
 * protocol, the model, the charts as PNG, the metrics table with the baselines, the verdict and the
 * commands that reproduce it. {@link MarkdownReport} and {@link WordReport} lay it out.
 */
public record ForecastReport(
    String title,
    List<Section> sections,
    List<String> tableHeader,
    List<List<String>> table,
    String verdict,
    List<Figure> figures,
    List<String> commands) {

  /** A heading and its paragraphs. */
  public record Section(String heading, List<String> paragraphs) {}

  /** A chart as PNG bytes, its file stem and caption. */
  public record Figure(String stem, String caption, byte[] png, int width, int height) {}

  public static ForecastReport of(Evaluation e, int keptEpoch, String modelDir) throws IOException {
    TestWindows t = e.windows();
    ModelCard c = e.card();
    Protocol p = t.protocol();
    SeriesSummary s = SeriesSummary.of(t.series(), p);
    String upper = s.series().toUpperCase(Locale.ROOT);
    List<Section> sections = new ArrayList<>();
    sections.add(
        new Section(
            T.get("forecast.report.question"),
            List.of(T.get("forecast.report.question.text", p.window(), upper))));
    sections.add(
        new Section(
            T.get("forecast.report.data"),
            List.of(
                T.get(
                    "forecast.report.data.text",
                    s.source(),
                    s.n(),
                    s.first(),
                    s.last(),
                    s.min(),
                    s.max()),
                "sha256 %s".formatted(s.sha256()))));
    sections.add(
        new Section(
            T.get("forecast.report.protocol"),
            List.of(
                T.get(
                    "forecast.report.protocol.text",
                    p.window() - 1,
                    p.window(),
                    s.windows(),
                    s.train(),
                    s.test(),
                    s.testFrom(),
                    c.leakyScaling()
                        ? T.get("forecast.report.scaling.leaky")
                        : T.get("forecast.report.scaling.honest"),
                    c.validationWindows()))));
    sections.add(
        new Section(
            T.get("forecast.report.model"),
            List.of(
                T.get(
                    "forecast.report.model.text",
                    c.layers(),
                    c.units(),
                    c.target().equals("next")
                        ? T.get("forecast.report.target.next")
                        : T.get("forecast.report.target.mean"),
                    String.valueOf(c.learningRate()),
                    c.batch(),
                    c.epochs(),
                    c.seed(),
                    keptEpoch))));
    List<List<String>> table = new ArrayList<>();
    table.add(row("LSTM", e.lstmMetrics()));
    table.add(row(T.get("forecast.cli.persistence"), t.metrics(t.persistence())));
    table.add(row("SMA-" + p.window(), t.metrics(t.sma())));
    table.add(row("AR(" + p.window() + ")", t.metrics(t.ar())));
    List<Figure> figures =
        List.of(
            figure(
                "price",
                T.get("forecast.report.figure.price"),
                ForecastCharts.price(t.series(), p)),
            figure(
                "forecasts",
                T.get("forecast.report.figure.forecasts"),
                ForecastCharts.predictions(e)),
            figure(
                "residuals",
                T.get("forecast.report.figure.residuals"),
                ForecastCharts.residuals(e)));
    String verdict =
        T.get(
            "forecast.report.dm",
            e.verdict(),
            String.format(Locale.ROOT, "%.3f", e.dm().statistic()),
            String.format(Locale.ROOT, "%.4f", e.dm().p()));
    return new ForecastReport(
        T.get("forecast.report.title", upper),
        sections,
        List.of(T.get("forecast.cli.col.forecast"), "MSE", "RMSE", "MAE", "MASE"),
        table,
        verdict,
        figures,
        commands(c, modelDir));
  }

  private static List<String> row(String name, Metrics m) {
    return List.of(name, f(m.mse()), f(m.rmse()), f(m.mae()), f(m.mase()));
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  private static Figure figure(String stem, String caption, XYChart chart) throws IOException {
    return new Figure(
        stem,
        caption,
        BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG),
        chart.getWidth(),
        chart.getHeight());
  }

  private static List<String> commands(ModelCard c, String modelDir) {
    StringBuilder train =
        new StringBuilder("learning-lab forecast train --series ").append(c.series());
    if (c.dateColumn() != null) {
      train.append(" --date-column ").append(c.dateColumn());
    }
    if (c.valueColumn() != null) {
      train.append(" --value-column ").append(c.valueColumn());
    }
    train.append(
        " --window %d --epochs %d --layers %d --units %d --lr %s --batch %d --seed %d --target %s"
            .formatted(
                c.window(),
                c.epochs(),
                c.layers(),
                c.units(),
                c.learningRate(),
                c.batch(),
                c.seed(),
                c.target()));
    if (c.leakyScaling()) {
      train.append(" --leaky-scaling");
    }
    train.append(" --out ").append(modelDir);
    return List.of(train.toString(), "learning-lab forecast eval --model " + modelDir);
  }
}
