package dev.learninglab.labs.editdistance.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTest {
  private final DpMatrix m = DpMatrix.of("numpy", "numexpr", Costs.TUTORIAL);

  @Test
  void explainsAnInnerCellWithItsThreeCandidates() {
    assertThat(m.cell(3, 4).explain())
        .isEqualTo("cost[3][4] = min(insert 0+1, delete 2+1, substitute 1+2) = 1: insert 'e'");
  }

  @Test
  void explainsAMatchAsKeep() {
    assertThat(m.cell(1, 1).explain())
        .isEqualTo("cost[1][1] = min(insert 1+1, delete 1+1, keep 0+0) = 0: keep 'n'");
  }

  @Test
  void explainsTheBorders() {
    assertThat(m.cell(0, 0).explain()).isEqualTo("cost[0][0] = 0: both prefixes are empty");
    assertThat(m.cell(0, 2).explain()).isEqualTo("cost[0][2] = insert 1+1 = 2: insert 'u'");
    assertThat(m.cell(5, 0).explain()).isEqualTo("cost[5][0] = delete 4+1 = 5: delete 'y'");
  }

  @Test
  void firstRowAndColumnAreTheTutorials() {
    for (int j = 0; j < m.cols(); j++) {
      assertThat(m.cost(0, j)).isEqualTo(j);
    }
    for (int i = 0; i < m.rows(); i++) {
      assertThat(m.cost(i, 0)).isEqualTo(i);
    }
    assertThat(m.distance()).isEqualTo(4);
  }
}
