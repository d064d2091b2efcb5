package dev.learninglab.labs.forecast.model;

/**
 * The forecast lab's part of a checkpoint card: how to rebuild the network, which series (and which
 * bytes of it, by checksum) it was trained on, the scaler it was trained with, and the run's
 * settings, so that {@code eval} and {@code report} can reproduce it.
 *
 * @param series the name the series was loaded by ("goog", "vix" or a file path)
 * @param dateColumn a file's date column as given, null for the default
 * @param valueColumn a file's value column as given, null for the default
 * @param validationWindows the last training windows held out to choose the best epoch
 */
public record ModelCard(
    String series,
    String dateColumn,
    String valueColumn,
    String seriesSha256,
    int n,
    int window,
    int layers,
    int units,
    int epochs,
    float learningRate,
    int batch,
    int seed,
    String target,
    boolean leakyScaling,
    double scalerMin,
    double scalerMax,
    int validationWindows) {

  public static final String LAB = "forecast";
  public static final String NAME = "lstm";

  static ModelCard of(
      SeriesName name, Series s, LstmSpec spec, MinMaxScaler scaler, int validation) {
    return new ModelCard(
        name.series(),
        name.dateColumn(),
        name.valueColumn(),
        s.sha256(),
        s.size(),
        spec.window(),
        spec.layers(),
        spec.units(),
        spec.epochs(),
        spec.learningRate(),
        spec.batch(),
        spec.seed(),
        spec.target().id(),
        spec.leakyScaling(),
        scaler.min(),
        scaler.max(),
        validation);
  }

  public LstmSpec spec() {
    return new LstmSpec(
        window,
        layers,
        units,
        epochs,
        learningRate,
        batch,
        seed,
        Target.parse(target),
        leakyScaling);
  }

  public SeriesName seriesName() {
    return new SeriesName(series, dateColumn, valueColumn);
  }

  public MinMaxScaler scaler() {
    return new MinMaxScaler(scalerMin, scalerMax);
  }
}
