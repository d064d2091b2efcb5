package dev.learninglab.labs.editdistance.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Distances against python-Levenshtein on seeded random pairs (fixture random.json). */
class EditDistanceOracleTest {
  private static final Costs UNIT = new Costs(1, 1, 1);

  @Test
  void levenshteinDistanceMatchesPythonLevenshtein() {
    for (JsonNode c : Fixtures.read("random.json")) {
      String a = c.get("source").asText();
      String b = c.get("target").asText();
      assertThat(EditDistance.distance(a, b, UNIT))
          .as("%s -> %s", a, b)
          .isEqualTo(c.get("levenshtein").asLong());
    }
  }

  @Test
  void tutorialCostsMatchPythonLevenshteinRatio() {
    for (JsonNode c : Fixtures.read("random.json")) {
      String a = c.get("source").asText();
      String b = c.get("target").asText();
      long indel = c.get("indel").asLong();
      assertThat(EditDistance.distance(a, b, Costs.TUTORIAL))
          .as("fast %s -> %s", a, b)
          .isEqualTo(indel);
      assertThat(EditDistance.plainDistance(CodePoints.of(a), CodePoints.of(b), Costs.TUTORIAL))
          .as("plain %s -> %s", a, b)
          .isEqualTo(indel);
    }
  }

  @Test
  void fullMatrixAgreesWithTheOracle() {
    for (JsonNode c : Fixtures.read("random.json")) {
      DpMatrix m = DpMatrix.of(c.get("source").asText(), c.get("target").asText(), UNIT);
      assertThat(m.distance()).isEqualTo(c.get("levenshtein").asLong());
    }
  }
}
