package dev.learninglab.labs.gauntlet.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.learninglab.testing.TwoAtATime;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Java references give the same values as the equivalents shown beside them, run by the real
 * tools: pandas for wrangling sections 1 to 9 (make_pandas_fixtures.py; charts are not compared)
 * and Python for java-basics (make_python_fixtures.py), scikit-learn for machine-learning sections
 * 1 to 6 and 9 (sevenlibs/make_sklearn_fixtures.py), cv2 for every images section
 * (sevenlibs/make_cv2_fixtures.py: its images are PNGs, compared pixel for pixel). Tables and
 * numbers within 1e-9, row order where the prompt asks for it.
 */
class EquivalentsAgreementTest {
  /** The four packs' reference values, computed two packs at a time before the tests compare. */
  @BeforeAll
  static void prepareThePacks() throws Exception {
    List<Pack> packs =
        Stream.of("wrangling", "java-basics", "machine-learning", "images")
            .map(Packs::load)
            .filter(SharedCheckers::datasetsHere)
            .toList();
    TwoAtATime.each(packs, pack -> SharedCheckers.of(pack.id()).prepare());
  }

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

  @TestFactory
  Stream<DynamicTest> imagesMatchCv2() throws IOException {
    return agreement("images", "/gauntlet/sevenlibs/cv2-fixtures.json", upTo(9));
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
                            ResultDiff.diff(
                                c,
                                expanded(other.get(c.expression()), fixture).toString(),
                                java.get(i)))
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

  /**
   * A fixture's image ({@code {"kind": "png", "file": ...}}, written by cv2.imwrite) as the probe
   * describes an OpenCV image: its shape, uint8, and every sample row by row with the channels in
   * cv2's order (blue, green, red). Java's own PNG decoder reads it, so no OpenCV runs here.
   */
  private static JsonNode expanded(JsonNode value, String fixture) throws IOException {
    if (!value.path("kind").asText().equals("png")) {
      return value;
    }
    String file = fixture.substring(0, fixture.lastIndexOf('/') + 1) + value.path("file").asText();
    BufferedImage png;
    try (InputStream in = EquivalentsAgreementTest.class.getResourceAsStream(file)) {
      png = ImageIO.read(in);
    }
    Raster raster = png.getRaster();
    int bands = raster.getNumBands();
    int[] samples = raster.getPixels(0, 0, png.getWidth(), png.getHeight(), (int[]) null);
    ArrayNode values = JsonNodeFactory.instance.arrayNode();
    for (int p = 0; p < samples.length; p += bands) {
      for (int b = bands - 1; b >= 0; b--) {
        values.add(samples[p + b]); // RGB in the file, BGR in cv2; a grey image has one band
      }
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("kind", "array");
    out.set("shape", value.path("shape"));
    out.put("dtype", value.path("dtype").asText());
    out.set("values", values);
    return out;
  }
}
