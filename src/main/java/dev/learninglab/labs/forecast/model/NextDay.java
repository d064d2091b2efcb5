package dev.learninglab.labs.forecast.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Tomorrow's forecasts after the series' last day, from the LSTM and the three baselines (AR as
 * fitted on the training windows, the one evaluated).
 */
@JsonPropertyOrder({"series", "date", "last", "lstm", "persistence", "sma", "ar"})
public record NextDay(
    String series,
    String date,
    double last,
    double lstm,
    double persistence,
    double sma,
    double ar) {

  public static NextDay of(Forecaster f, Series s) {
    double[] x = s.values();
    Protocol p = new Protocol(f.card().window());
    int w = p.window();
    int start = x.length - w;
    double sum = 0;
    for (int i = start; i < x.length; i++) {
      sum += x[i];
    }
    AutoRegression ar = AutoRegression.fit(x, p, p.trainWindows(x.length));
    return new NextDay(
        s.id(),
        s.dates().get(x.length - 1).toString(),
        x[x.length - 1],
        f.nextDay(x),
        x[x.length - 1],
        sum / w,
        ar.predict(x, start));
  }
}
