package dev.learninglab.labs.curves.model.size;

import java.util.List;

/**
 * The repeats at one training size summarised: mean test accuracy, its sample standard deviation (n
 * − 1; 0 for a single repeat), the lowest and highest accuracy, and the mean training seconds.
 * {@code accuracies} lists each repeat's accuracy in seed order. Curves are fitted to the means, so
 * one unlucky seed does not bend them.
 */
public record SizeMean(
    int size,
    int repeats,
    double accuracy,
    double std,
    double min,
    double max,
    double seconds,
    List<Double> accuracies) {

  /** Summarises the repeats measured at one size; {@code runs} must be non-empty and same-size. */
  public static SizeMean of(List<SizePoint> runs) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("No runs to summarise");
    }
    int size = runs.get(0).size();
    if (runs.stream().anyMatch(r -> r.size() != size)) {
      throw new IllegalArgumentException("Runs of different sizes cannot be summarised together");
    }
    double[] acc = runs.stream().mapToDouble(SizePoint::accuracy).toArray();
    double mean = 0;
    for (double a : acc) {
      mean += a;
    }
    mean /= acc.length;
    double squares = 0;
    for (double a : acc) {
      squares += (a - mean) * (a - mean);
    }
    double std = acc.length < 2 ? 0 : Math.sqrt(squares / (acc.length - 1));
    return new SizeMean(
        size,
        acc.length,
        mean,
        std,
        runs.stream().mapToDouble(SizePoint::accuracy).min().orElseThrow(),
        runs.stream().mapToDouble(SizePoint::accuracy).max().orElseThrow(),
        runs.stream().mapToDouble(SizePoint::seconds).average().orElseThrow(),
        runs.stream().map(SizePoint::accuracy).toList());
  }
}
