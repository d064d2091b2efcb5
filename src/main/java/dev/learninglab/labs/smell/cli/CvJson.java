package dev.learninglab.labs.smell.cli;

import static dev.learninglab.labs.smell.model.SmellTexts.T;

import dev.learninglab.core.i18n.Columns;
import dev.learninglab.labs.smell.model.eval.CvReport;
import dev.learninglab.labs.smell.model.eval.FoldResult;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON and text shapes shared by {@code smell train} and {@code smell baseline}. */
final class CvJson {
  private CvJson() {}

  static Map<String, Object> fold(FoldResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("auroc", r.auroc());
    m.put("prauc", r.prauc());
    m.put("accuracy", r.accuracy());
    m.put("f1", r.f1());
    m.put("threshold", r.threshold());
    m.put("accuracyAtHalf", r.accuracyAtHalf());
    return m;
  }

  /** folds, mean, majorityAccuracy, and per-label AUROCs when there are several labels. */
  static void putReport(Map<String, Object> root, CvReport report) {
    root.put("folds", report.folds().stream().map(CvJson::fold).toList());
    root.put("mean", fold(report.mean()));
    root.put("majorityAccuracy", report.majorityAccuracy());
    if (report.taskNames().size() > 1) {
      Map<String, Object> perLabel = new LinkedHashMap<>();
      for (int t = 0; t < report.taskNames().size(); t++) {
        double auc = report.labelAuroc()[t];
        perLabel.put(report.taskNames().get(t), Double.isNaN(auc) ? null : auc);
      }
      root.put("labelAuroc", perLabel);
    }
  }

  static void printFold(PrintWriter err, String who, int fold, FoldResult r) {
    err.println(
        T.get(
            "smell.cli.fold",
            who,
            fold,
            String.format(Locale.ROOT, "%.4f", r.auroc()),
            String.format(Locale.ROOT, "%.4f", r.prauc()),
            String.format(Locale.ROOT, "%.4f", r.f1()),
            String.format(Locale.ROOT, "%.4f", r.accuracy()),
            String.format(Locale.ROOT, "%.3f", r.threshold()),
            String.format(Locale.ROOT, "%.4f", r.accuracyAtHalf())));
    err.flush();
  }

  static void printTable(PrintWriter out, List<String> names, List<CvReport> reports) {
    out.printf(
        "%-22s %8s %8s %8s %s %9s%n",
        "",
        "ROC-AUC",
        "PR-AUC",
        "F1",
        Columns.right(T.get("smell.cli.col.accuracy"), 9),
        "acc@0.5");
    for (int i = 0; i < names.size(); i++) {
      FoldResult m = reports.get(i).mean();
      out.printf(
          "%s %8.4f %8.4f %8.4f %9.4f %9.4f%n",
          Columns.left(names.get(i), 22),
          m.auroc(),
          m.prauc(),
          m.f1(),
          m.accuracy(),
          m.accuracyAtHalf());
    }
    double majority = reports.get(0).majorityAccuracy();
    out.printf(
        "%s %8s %8s %8s %9.4f %9.4f%n",
        Columns.left(T.get("smell.cli.majority"), 22), "0.5", "-", "-", majority, majority);
  }
}
