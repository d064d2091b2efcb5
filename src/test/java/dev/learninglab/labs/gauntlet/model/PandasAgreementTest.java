package dev.learninglab.labs.gauntlet.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Java references of the wrangling pack give the same tables and numbers as their pandas
 * equivalents (fixtures from make_pandas_fixtures.py, run with pandas), within 1e-9, row order
 * compared where the prompt asks for it. Sections 1 to 9; charts are not compared.
 */
class PandasAgreementTest {
  @TestFactory
  Stream<DynamicTest> javaReferencesMatchPandas() throws Exception {
    JsonNode fixtures;
    try (InputStream in = getClass().getResourceAsStream("/gauntlet/pandas-fixtures.json")) {
      fixtures = new ObjectMapper().readTree(in);
    }
    Pack pack = Packs.load("wrangling");
    List<DynamicTest> tests = new ArrayList<>();
    for (int n = 1; n <= 9; n++) {
      Section section = pack.section(n);
      JsonNode pandas = fixtures.path(String.valueOf(n));
      tests.add(DynamicTest.dynamicTest("section " + n + " " + section.title(), () -> {
        List<String> java = SharedCheckers.of("wrangling").expectedValues(section);
        List<Check> checks = section.checks();
        for (int i = 0; i < checks.size(); i++) {
          Check c = checks.get(i);
          assertThat(pandas.has(c.expression())).as("pandas fixture for %s", c.expression()).isTrue();
          assertThat(ResultDiff.diff(c, pandas.get(c.expression()).toString(), java.get(i))).as(c.expression()).isEmpty();
        }
      }));
    }
    return tests.stream();
  }
}
