package dev.learninglab.labs.curves.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.learninglab.core.learn.LabelledData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LbfgsTest {

  @Test
  void asksForTheSamePointsAsScipysLbfgsb() {
    LabelledData iris = Fixtures.iris();
    SoftmaxObjective objective = new SoftmaxObjective(iris.x().toArray(), iris.y(), 3, 1.0);
    List<Double> asked = new ArrayList<>();
    new Lbfgs(10, 1e-4, 2.220446049250313e-9, 1000)
        .minimise(
            (x, g) -> {
              double f = objective.valueAndGradient(x, g);
              asked.add(f);
              return f;
            },
            new double[15]);
    double[] scipy = Fixtures.doubles(Fixtures.sklearn().get("scipyLbfgsbEvaluations"));
    for (int i = 0; i < scipy.length; i++) {
      assertThat(asked.get(i))
          .as("evaluation %d", i + 1)
          .isCloseTo(scipy[i], within(1e-9 * Math.abs(scipy[i])));
    }
  }

  @Test
  void solvesAnIllConditionedQuadraticToTheOptimum() {
    double[] scale = {1, 10, 100, 1000};
    DifferentiableFunction f =
        (x, g) -> {
          double v = 0;
          for (int i = 0; i < x.length; i++) {
            double r = x[i] - (i + 1);
            v += 0.5 * scale[i] * r * r;
            g[i] = scale[i] * r;
          }
          return v;
        };
    Lbfgs.Result r = new Lbfgs(10, 1e-10, 0, 1000).minimise(f, new double[4]);
    assertThat(r.converged()).isTrue();
    assertThat(r.x()).containsExactly(new double[] {1, 2, 3, 4}, within(1e-9));
  }
}
