package dev.learninglab.labs.curves.model;

/**
 * Scores of many fitted models, indexed {@code [setting][fold]} where a setting is a training size
 * (learning curve) or a value of C (validation curve), with their across-fold summaries.
 */
public record FoldTable(FoldScores[][] scores) {

  public int settings() {
    return scores.length;
  }

  public CurveSummary train(Metric metric) {
    return summarise(metric, true);
  }

  public CurveSummary validation(Metric metric) {
    return summarise(metric, false);
  }

  /** Per-fold values of a score at one setting (NaN where the model could not be fitted). */
  public double[] perFold(Metric metric, boolean train, int setting) {
    FoldScores[] row = scores[setting];
    double[] v = new double[row.length];
    for (int f = 0; f < row.length; f++) {
      v[f] = train ? metric.train(row[f]) : metric.test(row[f]);
    }
    return v;
  }

  private CurveSummary summarise(Metric metric, boolean train) {
    double[] mean = new double[scores.length];
    double[] std = new double[scores.length];
    for (int s = 0; s < scores.length; s++) {
      double[] v = perFold(metric, train, s);
      mean[s] = Scores.mean(v);
      std[s] = Scores.std(v);
    }
    return new CurveSummary(mean, std);
  }
}
