package dev.learninglab.labs.naivebayes.model;

import static dev.learninglab.labs.naivebayes.model.Fixtures.assertRelativelyClose;
import static dev.learninglab.labs.naivebayes.model.Fixtures.doubles;
import static dev.learninglab.labs.naivebayes.model.Fixtures.flat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.learn.LabelledData;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Two partial fits on blobs20 (rows 0-7, then 8-19) against scikit-learn, including its habit of
 * recomputing epsilon from the latest batch only.
 */
class PartialFitFixtureTest {

  @Test
  void twoBatchesEqualScikitLearn() {
    JsonNode ref = Fixtures.json("partial-fit.json");
    LabelledData blobs = Fixtures.data(LabDatasets.BLOBS20);
    int[] first = IntStream.range(0, 8).toArray();
    int[] rest = IntStream.range(8, 20).toArray();
    GaussianNaiveBayes nb =
        new GaussianNaiveBayes()
            .partialFit(
                blobs.x().selectRows(first),
                Arrays.copyOfRange(blobs.y(), 0, 8),
                new int[] {0, 1, 2});
    assertRelativelyClose(nb.theta().data(), flat(ref.get("first").get("theta")), 1e-12);
    assertRelativelyClose(nb.var().data(), flat(ref.get("first").get("var")), 1e-12);

    nb.partialFit(blobs.x().selectRows(rest), Arrays.copyOfRange(blobs.y(), 8, 20), null);
    JsonNode second = ref.get("second");
    assertRelativelyClose(nb.classCount(), doubles(second.get("classCount")), 0);
    assertRelativelyClose(nb.classPrior(), doubles(second.get("classPrior")), 1e-12);
    assertRelativelyClose(nb.theta().data(), flat(second.get("theta")), 1e-12);
    assertRelativelyClose(nb.var().data(), flat(second.get("var")), 1e-12);
    assertRelativelyClose(
        new double[] {nb.epsilon()}, new double[] {second.get("epsilon").asDouble()}, 1e-12);
  }
}
