package dev.learninglab.labs.gauntlet.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Java references give the same values as the equivalents shown beside them, run by the real
 * tools: pandas for wrangling sections 1 to 9 (make_pandas_fixtures.py; charts are not compared)
 * and Python for java-basics (make_python_fixtures.py), scikit-learn for machine-learning sections
 * 1 to 6 and 9 (sevenlibs/make_sklearn_fixtures.py). Tables and numbers within 1e-9, row order
 * where the prompt asks for it.
 */
class EquivalentsAgreementTest {
  @TestFactory
  Stream<DynamicTest> wranglingMatchesPandas() throws IOException {
    return agreement("wrangling", "/gauntlet/pandas-fixtures.json", upTo(9));
  }

  @TestFactory
  Stream<DynamicTest> javaBasicsMatchesPython() throws IOException {
    return agreement("java-basics", "/gauntlet/python-fixtures.json", upTo(10));
  }

  @TestFactory
  Stream<DynamicTest> machineLearningMatchesScikitLearn() throws IOException {
    return agreement(
        "machine-learning",
        "/gauntlet/sevenlibs/sklearn-fixtures.json",
        List.of(1, 2, 3, 4, 5, 6, 9));
  }

  private static List<Integer> upTo(int last) {
    return IntStream.rangeClosed(1, last).boxed().toList();
  }

  private Stream<DynamicTest> agreement(String packId, String fixture, List<Integer> sections)
      throws IOException {
    JsonNode fixtures;
    try (InputStream in = getClass().getResourceAsStream(fixture)) {
      fixtures = new ObjectMapper().readTree(in);
    }
    Pack pack = Packs.load(packId);
    SharedCheckers.assumeDatasetsHere(pack);
    List<DynamicTest> tests = new ArrayList<>();
    for (int n : sections) {
      Section section = pack.section(n);
      JsonNode other = fixtures.path(String.valueOf(n));
      tests.add(
          DynamicTest.dynamicTest(
              packId + " " + n + " " + section.title(),
              () -> {
                List<String> java = SharedCheckers.of(packId).expectedValues(section);
                int compared = 0;
                for (int i = 0; i < section.checks().size(); i++) {
                  Check c = section.checks().get(i);
                  if (other.has(c.expression())) {
                    assertThat(
                            ResultDiff.diff(c, other.get(c.expression()).toString(), java.get(i)))
                        .as(c.expression())
                        .isEmpty();
                    compared++;
                  }
                }
                assertThat(compared)
                    .as("values compared in section %d", section.number())
                    .isPositive();
              }));
    }
    return tests.stream();
  }
}
