package dev.learninglab.labs.forecast.model;

/**
 * What {@code forecast data} tells about a series: where it is from, its span and range, and how
 * the protocol splits it (dates as ISO text) (the last training target's date is where the test
 * period starts).
 */
public record SeriesSummary(
    String series,
    String source,
    String sha256,
    int n,
    String first,
    String last,
    double min,
    double max,
    double lastValue,
    int window,
    int windows,
    int train,
    int test,
    String testFrom) {

  public static SeriesSummary of(Series s, Protocol p) {
    double[] x = s.values();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    int n = x.length;
    return new SeriesSummary(
        s.id(),
        s.source(),
        s.sha256(),
        n,
        s.dates().get(0).toString(),
        s.dates().get(n - 1).toString(),
        min,
        max,
        x[n - 1],
        p.window(),
        p.windows(n),
        p.trainWindows(n),
        p.testWindows(n),
        s.dates().get(p.trainRows(n)).toString());
  }
}
