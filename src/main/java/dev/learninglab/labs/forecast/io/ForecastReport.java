package dev.learninglab.labs.forecast.io;

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
            "Question",
            List.of(
                "Can a small LSTM that reads the last %d daily closes of %s forecast the next day's close better than the naive forecast \"tomorrow = today\"?"
                    .formatted(p.window(), upper))));
    sections.add(
        new Section(
            "Data",
            List.of(
                "%s, %d rows from %s to %s, values %.2f to %.2f."
                    .formatted(s.source(), s.n(), s.first(), s.last(), s.min(), s.max()),
                "sha256 %s".formatted(s.sha256()))));
    sections.add(
        new Section(
            "Protocol",
            List.of(
                ("Window i holds rows i..i+%d and its target is row i+%d; the %d windows are split"
                        + " in time order: the first %d train, the last %d (targets from %s) test."
                        + " Min-max scaling fitted on %s. The last %d training windows choose the"
                        + " best epoch; the test windows are seen only here.")
                    .formatted(
                        p.window() - 1,
                        p.window(),
                        s.windows(),
                        s.train(),
                        s.test(),
                        s.testFrom(),
                        c.leakyScaling()
                            ? "the whole series (the leakage trap: test days included)"
                            : "the training rows only",
                        c.validationWindows()))));
    sections.add(
        new Section(
            "Model",
            List.of(
                ("%d stacked LSTM layer%s of %d units and one dense output, target %s; Adam at"
                        + " learning rate %s, batches of %d, %d epochs, seed %d; epoch %d kept.")
                    .formatted(
                        c.layers(),
                        c.layers() == 1 ? "" : "s",
                        c.units(),
                        c.target().equals("next")
                            ? "the next day's close"
                            : "the window mean (the wrong target)",
                        c.learningRate(),
                        c.batch(),
                        c.epochs(),
                        c.seed(),
                        keptEpoch))));
    List<List<String>> table = new ArrayList<>();
    table.add(row("LSTM", e.lstmMetrics()));
    table.add(row("persistence", t.metrics(t.persistence())));
    table.add(row("SMA-" + p.window(), t.metrics(t.sma())));
    table.add(row("AR(" + p.window() + ")", t.metrics(t.ar())));
    List<Figure> figures =
        List.of(
            figure(
                "price", "Price, training rows and test days", ForecastCharts.price(t.series(), p)),
            figure(
                "forecasts",
                "Test days: the LSTM, persistence and the truth",
                ForecastCharts.predictions(e)),
            figure("residuals", "Residuals on the test days", ForecastCharts.residuals(e)));
    String verdict =
        e.verdict()
            + " Diebold–Mariano statistic %.3f, p = %.4f."
                .formatted(e.dm().statistic(), e.dm().p());
    return new ForecastReport(
        "Next-day forecast of " + upper + ": report",
        sections,
        List.of("forecast", "MSE", "RMSE", "MAE", "MASE"),
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
