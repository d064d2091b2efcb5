package dev.learninglab.labs.iin.model.iin;

import java.util.List;
import java.util.Map;

/**
 * What {@code iin eval} measures on the 2,000 test digits.
 *
 * @param invertibility max |T⁻¹(T(z)) − z| over the test codes
 * @param swap per factor, after giving image a image b's chunk through T: how often the decoded
 *     image shows b's value of that factor ({@code follows}) and a's value of every other factor
 *     ({@code kept}), as the oracles judge
 * @param halves the same with the same dimensions swapped in z directly, without T
 * @param reconstruction how often the oracles read the true digit and tint in plain
 *     reconstructions: the ceiling for every swap figure
 * @param probe held-out accuracy of a linear probe from chunk (row: residual, then each factor) to
 *     factor (column)
 * @param factorSizes dimensions per chunk, residual first
 */
public record EvalReport(
    double invertibility,
    Map<String, Swap> swap,
    Map<String, Swap> halves,
    Map<String, Double> reconstruction,
    List<List<Double>> probe,
    List<String> probeRows,
    List<String> probeColumns,
    Map<String, Integer> factorSizes,
    Map<String, Double> correlationScores,
    int pairs) {

  /** Fractions of pairs whose swapped factor follows the source and whose other factors stay. */
  public record Swap(double follows, double kept) {}
}
