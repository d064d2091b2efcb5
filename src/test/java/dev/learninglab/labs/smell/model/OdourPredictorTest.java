package dev.learninglab.labs.smell.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OdourPredictorTest {
  @Test
  void theShippedModelsPredictAndRefuseOnceClosed() throws Exception {
    OdourPredictor predictor = OdourPredictor.open(null);
    OdourPredictor.Prediction vanillin = predictor.predict("COc1cc(C=O)ccc1O", 5);
    assertThat(vanillin.fruity()).isBetween(0.0, 1.0);
    assertThat(vanillin.odours()).hasSize(5);
    predictor.close();
    predictor.close(); // a second close is harmless
    assertThatThrownBy(() -> predictor.predict("CCO", 5))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }
}
