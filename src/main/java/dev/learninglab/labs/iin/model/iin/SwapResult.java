package dev.learninglab.labs.iin.model.iin;

import dev.learninglab.labs.iin.model.data.ColourDigits;
import dev.learninglab.labs.iin.model.data.HueOracle;

/**
 * One swap between two test images: image a takes image b's chunk of {@code factor}, through T and
 * on the same dimensions of z; the four pictures (channels first) and what the oracles read in the
 * two results.
 */
public record SwapResult(
    int a,
    int b,
    String factor,
    Reading imageA,
    Reading imageB,
    Reading throughFlow,
    Reading withoutFlow,
    float[][] pictures) {

  /** What the oracles read in a picture: its digit and its tint (0–11, −1 when nothing is lit). */
  public record Reading(int digit, int tint) {}

  /** Swaps {@code factor} from test image b into test image a. */
  public static SwapResult of(IinModel model, ColourDigits data, int a, int b, String factor) {
    int n = data.test().count();
    if (a < 0 || a >= n || b < 0 || b >= n) {
      throw new IllegalArgumentException(
          "Test image indexes run from 0 to " + (n - 1) + "; got --a " + a + " --b " + b);
    }
    int chunk = model.layout().chunkOf(factor);
    float[] ia = data.testImage(a);
    float[] ib = data.testImage(b);
    float[] za = model.stage().encode(ia, 1);
    float[] zb = model.stage().encode(ib, 1);
    float[] flow = model.stage().decode(model.swap(za, zb, 1, chunk, true), 1);
    float[] plain = model.stage().decode(model.swap(za, zb, 1, chunk, false), 1);
    return new SwapResult(
        a,
        b,
        factor,
        new Reading(data.test().labels()[a], ColourDigits.testTint(a)),
        new Reading(data.test().labels()[b], ColourDigits.testTint(b)),
        read(model, flow),
        read(model, plain),
        new float[][] {ia, ib, flow, plain});
  }

  private static Reading read(IinModel model, float[] picture) {
    return new Reading(model.stage().digits(picture, 1)[0], HueOracle.tint(picture, 0));
  }
}
