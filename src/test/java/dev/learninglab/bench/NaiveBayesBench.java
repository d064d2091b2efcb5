package dev.learninglab.bench;

import dev.learninglab.core.learn.Matrix;
import dev.learninglab.labs.naivebayes.model.GaussianNaiveBayes;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

/**
 * The Java half of {@code scripts/bench/bench-naive-bayes}: times fit + predictProba of our
 * GaussianNaiveBayes on the raw little-endian files the script's Python half wrote, and checks the
 * probabilities against scikit-learn's for the first rows. Prints one JSON line: the first and the
 * median run's seconds and the largest relative difference from scikit-learn.
 *
 * <pre>
 * java -cp ... dev.learninglab.bench.NaiveBayesBench DIR ROWS COLS REPEATS
 * </pre>
 */
public final class NaiveBayesBench {
  private NaiveBayesBench() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    int d = Integer.parseInt(args[2]);
    int repeats = Integer.parseInt(args[3]);
    Matrix x = new Matrix(readDoubles(dir.resolve("X.f64"), n * d), n, d);
    int[] y = readInts(dir.resolve("y.i32"), n);
    double[] reference = readDoubles(dir.resolve("proba_head.f64"), -1);

    double[] seconds = new double[repeats];
    Matrix proba = null;
    for (int r = 0; r < repeats; r++) {
      long start = System.nanoTime();
      proba = new GaussianNaiveBayes().fit(x, y).predictProba(x);
      seconds[r] = (System.nanoTime() - start) / 1e9;
    }
    double maxRel = 0;
    for (int i = 0; i < reference.length; i++) {
      double ref = reference[i];
      if (ref != 0) {
        maxRel = Math.max(maxRel, Math.abs(proba.data()[i] - ref) / Math.abs(ref));
      } else if (proba.data()[i] != 0) {
        maxRel = Double.POSITIVE_INFINITY;
      }
    }
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "{\"firstSeconds\": %.5f, \"medianSeconds\": %.5f, \"maxRelDiffHead\": %.3g}%n",
        seconds[0],
        sorted[repeats / 2],
        maxRel);
  }

  private static double[] readDoubles(Path file, int count) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      int n = count >= 0 ? count : (int) (ch.size() / 8);
      double[] out = new double[n];
      MappedByteBuffer buffer = ch.map(FileChannel.MapMode.READ_ONLY, 0, (long) n * 8);
      buffer.order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(out);
      return out;
    }
  }

  private static int[] readInts(Path file, int count) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      int[] out = new int[count];
      MappedByteBuffer buffer = ch.map(FileChannel.MapMode.READ_ONLY, 0, (long) count * 4);
      buffer.order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(out);
      return out;
    }
  }
}
