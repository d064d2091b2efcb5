package dev.learninglab.labs.smell.model.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OgbFeaturizerTest {
  private final OgbFeaturizer featurizer = new OgbFeaturizer();

  /** ogb's own self-test in ogb/utils/features.py. */
  @Test
  void ogbSelfTest() {
    MolecularGraph g = featurizer.featurize("Cl[C@H](/C=C/C)Br");
    assertThat(g.nodeFeatures()[1]).containsExactly(5, 2, 4, 5, 1, 0, 2, 0, 0);
    assertThat(g.edgeFeatures()[4]).containsExactly(1, 2, 0); // bond 2 = edges 4 and 5
    assertThat(g.edgeFeatures()[5]).containsExactly(1, 2, 0);
  }

  @Test
  void edgesComeInBothDirectionsInBondOrder() {
    MolecularGraph g = featurizer.featurize("C1CCCC1C");
    // RDKit creates the ring-closure bond (4, 0) after the chain bond (4, 5)
    assertThat(g.src()).containsExactly(0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 4, 0);
    assertThat(g.dst()).containsExactly(1, 0, 2, 1, 3, 2, 4, 3, 5, 4, 0, 4);
    assertThat(g.atoms()).containsExactly("C", "C", "C", "C", "C", "C");
  }

  @Test
  void explicitHydrogensFoldIntoTheirAtom() {
    MolecularGraph g = featurizer.featurize("[H]C([H])([H])O");
    assertThat(g.atoms()).containsExactly("C", "O");
    assertThat(g.nodeFeatures()[0][4]).isEqualTo(3);
  }

  @Test
  void invalidSmilesNamesTheInputAndTheProblem() {
    assertThatThrownBy(() -> featurizer.featurize("C1CC(C"))
        .isInstanceOf(InvalidSmilesException.class)
        .hasMessageContaining("C1CC(C")
        .hasMessageNotContaining("Exception");
    assertThatThrownBy(() -> featurizer.featurize("  "))
        .isInstanceOf(InvalidSmilesException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> featurizer.featurize("CXC"))
        .isInstanceOf(InvalidSmilesException.class)
        .hasMessageContaining("CXC");
  }
}
