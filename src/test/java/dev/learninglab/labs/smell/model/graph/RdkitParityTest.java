package dev.learninglab.labs.smell.model.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.smell.model.data.SmilesCsv;
import dev.learninglab.testing.Mirror;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Features equal RDKit's (fixtures made by src/test/resources/smell/rdkit_features.py with Debian's
 * python3-rdkit 2022.09; the command is in the script).
 */
class RdkitParityTest {
  private final OgbFeaturizer featurizer = new OgbFeaturizer();

  @Test
  void hardCasesEqualRdkit() throws IOException {
    JsonNode expected;
    try (InputStream in = resource("hard-cases-rdkit.json")) {
      expected = new ObjectMapper().readTree(in);
    }
    List<String> differing = new ArrayList<>();
    for (JsonNode rdkit : expected) {
      String smiles = rdkit.get("smiles").asText();
      MolecularGraph g = featurizer.featurize(smiles);
      String mine = FeatureHashes.nodeText(g) + "|" + FeatureHashes.edgeText(g);
      String theirs = text(rdkit);
      if (!mine.equals(theirs)) {
        differing.add(smiles + "\n  cdk   " + mine + "\n  rdkit " + theirs);
      }
    }
    assertThat(expected.size()).isGreaterThan(50);
    assertThat(differing).isEmpty();
  }

  /** ≥ 99.5 % of the 4,316 training molecules give identical node and edge features. */
  @Test
  void trainingSetMatchesRdkit() throws IOException {
    Mirror.assumeDatasets("learning-to-smell");
    Path train =
        DatasetResolver.standard().resolveFile("learning-to-smell", "train.csv", Progress.none());
    List<String> smiles = SmilesCsv.read(train, "SMILES").values();
    List<String> lines;
    try (InputStream in = resource("train-feature-hashes.csv")) {
      lines = new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().skip(1).toList();
    }
    assertThat(lines).hasSize(smiles.size());
    List<Integer> differing = new ArrayList<>();
    for (int row = 0; row < smiles.size(); row++) {
      String[] cells = lines.get(row).split(",", -1);
      MolecularGraph g = featurizer.featurize(smiles.get(row));
      boolean same =
          cells[3].equals(FeatureHashes.digest(FeatureHashes.nodeText(g)))
              && cells[4].equals(FeatureHashes.digest(FeatureHashes.edgeText(g)));
      if (!same) {
        differing.add(row);
      }
    }
    System.out.println("RDKit parity: " + differing.size() + " differing rows " + differing);
    assertThat(1.0 - differing.size() / (double) smiles.size()).isGreaterThanOrEqualTo(0.995);
  }

  private static String text(JsonNode rdkit) {
    List<String> nodes = new ArrayList<>();
    rdkit.get("nodeFeatures").forEach(row -> nodes.add(join(row)));
    List<String> edges = new ArrayList<>();
    JsonNode src = rdkit.get("edges").get("src");
    JsonNode dst = rdkit.get("edges").get("dst");
    for (int e = 0; e < src.size(); e++) {
      edges.add(
          src.get(e).asInt()
              + ","
              + dst.get(e).asInt()
              + ","
              + join(rdkit.get("edgeFeatures").get(e)));
    }
    return String.join(";", nodes) + "|" + String.join(";", edges);
  }

  private static String join(JsonNode row) {
    List<String> parts = new ArrayList<>();
    row.forEach(v -> parts.add(v.asText()));
    return String.join(",", parts);
  }

  private static InputStream resource(String name) {
    return Objects.requireNonNull(
        RdkitParityTest.class.getResourceAsStream("/smell/" + name), name);
  }
}
