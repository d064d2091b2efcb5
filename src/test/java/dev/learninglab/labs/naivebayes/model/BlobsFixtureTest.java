package dev.learninglab.labs.naivebayes.model;

import static dev.learninglab.labs.naivebayes.model.Fixtures.assertRelativelyClose;
import static dev.learninglab.labs.naivebayes.model.Fixtures.doubles;
import static dev.learninglab.labs.naivebayes.model.Fixtures.flat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.learn.Matrix;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our GaussianNB against Debian's scikit-learn 1.2.1 on the tutorial's 20 blobs. */
class BlobsFixtureTest {
  private static final double REL = 1e-12;

  private static JsonNode fit(int which) {
    return Fixtures.json("blobs20-gnb.json").get("fits").get(which);
  }

  private static GaussianNaiveBayes model(double varSmoothing) {
    LabelledData blobs = Fixtures.data(LabDatasets.BLOBS20);
    return new GaussianNaiveBayes().varSmoothing(varSmoothing).fit(blobs.x(), blobs.y());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void fittedValuesEqualScikitLearn(int which) {
    JsonNode ref = fit(which);
    GaussianNaiveBayes nb = model(ref.get("varSmoothing").asDouble());
    assertThat(nb.classes()).containsExactly(Fixtures.ints(ref.get("classes")));
    assertThat(nb.classCount()).containsExactly(doubles(ref.get("classCount")));
    assertRelativelyClose(nb.classPrior(), doubles(ref.get("classPrior")), REL);
    assertRelativelyClose(nb.theta().data(), flat(ref.get("theta")), REL);
    assertRelativelyClose(nb.var().data(), flat(ref.get("var")), REL);
    assertRelativelyClose(
        new double[] {nb.epsilon()}, new double[] {ref.get("epsilon").asDouble()}, REL);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void tutorialPointsEqualScikitLearn(int which) {
    JsonNode ref = fit(which);
    GaussianNaiveBayes nb = model(ref.get("varSmoothing").asDouble());
    Matrix points = Matrix.of(TutorialReference.POINTS);
    assertRelativelyClose(
        nb.predictJointLogProba(points).data(), flat(ref.get("jointLogProba")), REL);
    assertRelativelyClose(nb.predictLogProba(points).data(), flat(ref.get("logProba")), REL);
    assertRelativelyClose(nb.predictProba(points).data(), flat(ref.get("proba")), REL);
    assertThat(nb.predict(points)).containsExactly(Fixtures.ints(ref.get("predict")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e-09", "0"})
  void gridProbabilitiesEqualScikitLearn(String varSmoothing) throws IOException {
    double[] ref = readGrid("blobs20-grid-" + varSmoothing + ".csv.gz");
    int n = ref.length / 5;
    assertThat(n).isEqualTo(101 * 101);
    double[] xy = new double[n * 2];
    double[] expected = new double[n * 3];
    for (int i = 0; i < n; i++) {
      System.arraycopy(ref, i * 5, xy, i * 2, 2);
      System.arraycopy(ref, i * 5 + 2, expected, i * 3, 3);
    }
    Matrix ours = RegionGrid.points(-9, 10, -4, 10, 101, 101);
    // the grid points themselves must be numpy's linspace values, or the comparison is moot
    assertThat(ours.data()).containsExactly(xy);
    double[] proba =
        model(Double.parseDouble(varSmoothing)).predictProba(new Matrix(xy, n, 2)).data();
    assertRelativelyClose(proba, expected, REL);
  }

  private static double[] readGrid(String name) throws IOException {
    try (var in = new GZIPInputStream(Fixtures.class.getResourceAsStream("/naivebayes/" + name));
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .skip(1)
          .flatMap(line -> java.util.Arrays.stream(line.split(",")))
          .mapToDouble(Double::parseDouble)
          .toArray();
    }
  }
}
