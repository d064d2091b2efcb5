package dev.learninglab.labs.forecast.model;

/**
 * How a network is built and trained: the tutorial's shape is two stacked LSTM layers of 50 units
 * and one dense output; the lab's defaults are smaller so a model trains in seconds on a laptop.
 *
 * @param leakyScaling fit the min-max scaler on the whole series (the leakage trap) instead of the
 *     training rows
 */
public record LstmSpec(
    int window,
    int layers,
    int units,
    int epochs,
    float learningRate,
    int batch,
    int seed,
    Target target,
    boolean leakyScaling) {

  public static final int MAX_EPOCHS = 10_000;

  public LstmSpec {
    new Protocol(window); // checks the window
    check(layers >= 1 && layers <= 4, "--layers must be 1..4, got " + layers);
    check(units >= 1 && units <= 512, "--units must be 1..512, got " + units);
    check(
        epochs >= 1 && epochs <= MAX_EPOCHS,
        "--epochs must be 1.." + MAX_EPOCHS + ", got " + epochs);
    check(
        learningRate > 0 && learningRate <= 1,
        "--lr must be a positive number at most 1, got " + learningRate);
    check(batch >= 1 && batch <= 4096, "--batch must be 1..4096, got " + batch);
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  public Protocol protocol() {
    return new Protocol(window);
  }
}
