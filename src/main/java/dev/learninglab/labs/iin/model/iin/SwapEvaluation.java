package dev.learninglab.labs.iin.model.iin;

import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.iin.model.ae.Autoencoder;
import dev.learninglab.labs.iin.model.data.ColourDigits;
import dev.learninglab.labs.iin.model.data.HueOracle;
import dev.learninglab.labs.iin.model.data.Palette;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Measures a trained IIN on the test digits (each in its fixed tint): invertibility, swap accuracy
 * through T and on the same dimensions of z without it, judged by the digit oracle and the hue
 * oracle, and the linear-probe matrix.
 */
public final class SwapEvaluation {
  private static final long SEED = 2020;
  private static final int PROBE_TRAIN = 1_500;

  private SwapEvaluation() {}

  public static EvalReport run(IinModel model, ColourDigits data, int pairs, Progress progress) {
    if (pairs < 1) {
      throw new IllegalArgumentException("--pairs must be at least 1, got " + pairs);
    }
    int n = data.test().count();
    int[] digits = data.test().labels();
    int[] tints = new int[n];
    float[] images = new float[n * ColourDigits.PIXELS];
    for (int i = 0; i < n; i++) {
      tints[i] = ColourDigits.testTint(i);
      System.arraycopy(data.testImage(i), 0, images, i * ColourDigits.PIXELS, ColourDigits.PIXELS);
    }
    progress.report(0, 4, "encoding the test digits");
    float[] codes = model.stage().encode(images, n);
    float[] factors = model.forward(codes, n);
    float[] back = model.inverse(factors, n);
    double maxAbs = 0;
    for (int i = 0; i < codes.length; i++) {
      maxAbs = Math.max(maxAbs, Math.abs(back[i] - codes[i]));
    }
    progress.report(1, 4, "reconstructions");
    Map<String, Double> reconstruction = new LinkedHashMap<>();
    float[] recon = model.stage().decode(codes, n);
    int[] readDigits = model.stage().digits(recon, n);
    int digitRight = 0;
    int tintRight = 0;
    for (int i = 0; i < n; i++) {
      digitRight += readDigits[i] == digits[i] ? 1 : 0;
      tintRight += HueOracle.tint(recon, i * ColourDigits.PIXELS) == tints[i] ? 1 : 0;
    }
    reconstruction.put("digit", (double) digitRight / n);
    reconstruction.put("colour", (double) tintRight / n);

    Random random = new Random(SEED);
    int[] a = new int[pairs];
    int[] b = new int[pairs];
    for (int p = 0; p < pairs; p++) {
      a[p] = random.nextInt(n);
      b[p] = (a[p] + 1 + random.nextInt(n - 1)) % n;
    }
    float[] codesA = gather(codes, a);
    float[] codesB = gather(codes, b);
    Map<String, EvalReport.Swap> swap = new LinkedHashMap<>();
    Map<String, EvalReport.Swap> halves = new LinkedHashMap<>();
    FactorLayout layout = model.layout();
    progress.report(2, 4, "swapping factors");
    for (String name : layout.names()) {
      int chunk = layout.chunkOf(name);
      for (boolean throughFlow : new boolean[] {true, false}) {
        float[] mixed = model.swap(codesA, codesB, pairs, chunk, throughFlow);
        float[] pictures = model.stage().decode(mixed, pairs);
        int[] read = model.stage().digits(pictures, pairs);
        int follows = 0;
        int kept = 0;
        for (int p = 0; p < pairs; p++) {
          int digit = read[p];
          int tint = HueOracle.tint(pictures, p * ColourDigits.PIXELS);
          boolean digitFromB = digit == digits[b[p]];
          boolean tintFromB = tint == tints[b[p]];
          if (chunk == PairCodes.DIGIT) {
            follows += digitFromB ? 1 : 0;
            kept += tint == tints[a[p]] ? 1 : 0;
          } else {
            follows += tintFromB ? 1 : 0;
            kept += digit == digits[a[p]] ? 1 : 0;
          }
        }
        EvalReport.Swap s = new EvalReport.Swap((double) follows / pairs, (double) kept / pairs);
        (throughFlow ? swap : halves).put(name, s);
      }
    }
    progress.report(3, 4, "linear probes");
    List<String> rows = new ArrayList<>();
    rows.add("residual");
    rows.addAll(layout.names());
    List<List<Double>> probe = new ArrayList<>();
    for (int chunk = 0; chunk < rows.size(); chunk++) {
      double[][] x = chunkOf(factors, n, layout, chunk);
      probe.add(
          List.of(
              LinearProbe.heldOutAccuracy(x, digits, 10, PROBE_TRAIN),
              LinearProbe.heldOutAccuracy(x, tints, Palette.SIZE, PROBE_TRAIN)));
    }
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (int k = 0; k < rows.size(); k++) {
      sizes.put(rows.get(k), layout.sizes()[k]);
    }
    progress.report(4, 4, "done");
    return new EvalReport(
        maxAbs,
        swap,
        halves,
        reconstruction,
        probe,
        rows,
        List.of("digit", "colour"),
        sizes,
        model.card().correlationScores(),
        pairs);
  }

  private static float[] gather(float[] codes, int[] index) {
    int d = Autoencoder.CODE;
    float[] out = new float[index.length * d];
    for (int i = 0; i < index.length; i++) {
      System.arraycopy(codes, index[i] * d, out, i * d, d);
    }
    return out;
  }

  private static double[][] chunkOf(float[] factors, int n, FactorLayout layout, int chunk) {
    int d = Autoencoder.CODE;
    int from = layout.start(chunk);
    int size = layout.sizes()[chunk];
    double[][] x = new double[n][size];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < size; j++) {
        x[i][j] = factors[i * d + from + j];
      }
    }
    return x;
  }
}
