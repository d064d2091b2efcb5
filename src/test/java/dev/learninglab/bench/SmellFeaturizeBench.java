package dev.learninglab.bench;

import dev.learninglab.labs.smell.model.data.SmilesCsv;
import dev.learninglab.labs.smell.model.graph.OgbFeaturizer;
import java.nio.file.Path;
import java.util.List;

/**
 * Java side of scripts/bench/bench-smell (run that script): featurises every SMILES of the CSV with
 * the lab's CDK featuriser, twice to warm up, then once timed; prints the timed seconds and the
 * atom count as one JSON line.
 */
public final class SmellFeaturizeBench {
  private SmellFeaturizeBench() {}

  public static void main(String[] args) {
    List<String> smiles = SmilesCsv.read(Path.of(args[0]), "SMILES").values();
    OgbFeaturizer featurizer = new OgbFeaturizer();
    for (int warm = 0; warm < 2; warm++) {
      smiles.forEach(featurizer::featurize);
    }
    long start = System.nanoTime();
    int atoms = 0;
    for (String s : smiles) {
      atoms += featurizer.featurize(s).atomCount();
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "{\"seconds\": %.4f, \"atoms\": %d}%n",
        (System.nanoTime() - start) / 1e9,
        atoms);
  }
}
