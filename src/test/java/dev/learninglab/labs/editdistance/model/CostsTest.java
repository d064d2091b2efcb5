package dev.learninglab.labs.editdistance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CostsTest {
  @Test
  void blankMeansTheTutorialDefault() {
    assertThat(Costs.parse(null, " ", "")).isEqualTo(Costs.TUTORIAL);
  }

  @Test
  void parsesWholeNumbers() {
    assertThat(Costs.parse("3", " 0 ", "7")).isEqualTo(new Costs(3, 0, 7));
  }

  @Test
  void negativeCostIsRefusedByName() {
    assertThatThrownBy(() -> Costs.parse("1", "-2", "2"))
        .hasMessage("The delete cost must be a whole number from 0 to 1000000, got -2");
  }

  @Test
  void nonNumericCostIsRefusedByName() {
    assertThatThrownBy(() -> Costs.parse("1", "1", "two"))
        .hasMessage("The substitute cost must be a whole number from 0 to 1000000, got `two`");
    assertThatThrownBy(() -> Costs.parse("1.5", "1", "2")).hasMessageContaining("insert cost");
  }

  @Test
  void hugeCostIsRefused() {
    assertThatThrownBy(() -> Costs.parse("99999999999999999999", "1", "2"))
        .hasMessageContaining("insert cost");
  }

  @Test
  void fastPathConditionIsSubAtLeastInsPlusDel() {
    assertThat(Costs.TUTORIAL.substitutionNeverHelps()).isTrue();
    assertThat(new Costs(1, 1, 1).substitutionNeverHelps()).isFalse();
  }
}
