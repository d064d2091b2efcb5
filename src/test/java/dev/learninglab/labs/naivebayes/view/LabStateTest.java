package dev.learninglab.labs.naivebayes.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.learn.Matrix;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabStateTest {
  @Test
  void newDataIsExplainedAtAPointInsideItsPlot() {
    LabState state = new LabState();
    assertThat(state.selected()).containsExactly(-2, 5);
    LabelledData flowers =
        LabelledData.numbered(
            Matrix.of(new double[][] {{5.1, 0.2}, {7.0, 1.4}, {6.3, 2.5}}),
            new int[] {0, 1, 1},
            List.of("sepal length (cm)", "petal width (cm)"),
            "species");
    state.setData(flowers, false);
    double[] p = state.selected();
    double[] b = state.bounds();
    assertThat(p[0]).isBetween(b[0], b[1]).isBetween(5.1, 7.0);
    assertThat(p[1]).isBetween(b[2], b[3]).isBetween(0.2, 2.5);
  }
}
