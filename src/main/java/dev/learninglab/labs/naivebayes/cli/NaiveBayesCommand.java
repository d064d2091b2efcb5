package dev.learninglab.labs.naivebayes.cli;

import static dev.learninglab.labs.naivebayes.model.NaiveBayesTexts.T;

import dev.learninglab.core.i18n.Columns;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.labs.naivebayes.model.FitReport;
import dev.learninglab.labs.naivebayes.model.LabeledCsv;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code learning-lab naive-bayes}: fits Gaussian naive Bayes (scikit-learn semantics) to a CSV and
 * prints the fitted values and the class probabilities of the given points.
 */
@Command(
    name = "naive-bayes",
    mixinStandardHelpOptions = true,
    description =
        "Fit Gaussian naive Bayes to a CSV (every column but the label is a feature)"
            + " and predict points.")
public final class NaiveBayesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--train",
      required = true,
      paramLabel = "FILE.csv",
      description = "Training data with a header line.")
  Path train;

  @Option(
      names = "--label",
      required = true,
      paramLabel = "COLUMN",
      description = "The column holding the class.")
  String label;

  @Option(
      names = "--var-smoothing",
      paramLabel = "X",
      defaultValue = "1e-9",
      description =
          "Share of the largest feature variance added to all variances (default ${DEFAULT-VALUE}).")
  double varSmoothing;

  @Option(
      names = "--predict",
      paramLabel = "x1,x2;x1,x2",
      description = "Points to classify: values comma-separated, points semicolon-separated.")
  String predict;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (!Files.exists(train)) {
      throw new IllegalArgumentException("Training file " + train + " does not exist.");
    }
    if (Files.isDirectory(train)) {
      throw new IllegalArgumentException(
          "Training file " + train + " is a folder; expected a CSV file.");
    }
    LabelledData data = LabeledCsv.read(train, label, List.of());
    List<double[]> points = parsePoints(predict, data.featureNames());
    FitReport report = FitReport.of(data, varSmoothing, points);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, report);
    } else {
      out.print(ReportText.of(report, data.featureNames()));
      out.flush();
    }
    return 0;
  }

  static List<double[]> parsePoints(String text, List<String> features) {
    List<double[]> points = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return points;
    }
    String[] parts = text.split(";");
    for (int p = 0; p < parts.length; p++) {
      String[] cells = parts[p].trim().split(",");
      if (cells.length != features.size()) {
        throw new IllegalArgumentException(
            "--predict point "
                + (p + 1)
                + " (`"
                + parts[p].trim()
                + "`) has "
                + cells.length
                + (cells.length == 1 ? " value" : " values")
                + " but the model has "
                + features.size()
                + " features ("
                + String.join(", ", features)
                + ").");
      }
      double[] x = new double[cells.length];
      for (int j = 0; j < cells.length; j++) {
        try {
          x[j] = Double.parseDouble(cells[j].trim());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "--predict point "
                  + (p + 1)
                  + " holds `"
                  + cells[j].trim()
                  + "` for feature `"
                  + features.get(j)
                  + "`, which is not a number.");
        }
      }
      points.add(x);
    }
    return points;
  }

  /** The plain-text rendering of a report. */
  static final class ReportText {
    private ReportText() {}

    static String of(FitReport r, List<String> features) {
      StringBuilder s = new StringBuilder();
      s.append(String.format(Locale.ROOT, "epsilon = %.6g%n", r.epsilon()));
      for (int c = 0; c < r.classes().size(); c++) {
        s.append(
                T.get(
                    "naivebayes.cli.class",
                    r.classes().get(c),
                    String.format(Locale.ROOT, "%.6g", r.classPrior()[c])))
            .append(System.lineSeparator());
        for (int j = 0; j < features.size(); j++) {
          s.append(
              String.format(
                  Locale.ROOT,
                  "  %s %s %12.6g  %s %12.6g%n",
                  Columns.left(features.get(j), 12),
                  T.get("naivebayes.cli.mean"),
                  r.theta()[c][j],
                  T.get("naivebayes.cli.var"),
                  r.var()[c][j]));
        }
      }
      for (FitReport.Prediction p : r.predictions()) {
        s.append(
                T.get(
                    "naivebayes.cli.prediction",
                    Arrays.toString(p.x()),
                    p.label(),
                    Arrays.toString(p.proba())))
            .append(System.lineSeparator());
      }
      return s.toString();
    }
  }
}
