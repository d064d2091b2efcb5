package dev.learninglab.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnsTest {
  @Test
  void aChineseCharacterTakesTwoCells() {
    assertThat(Columns.width("距离")).isEqualTo(4);
    assertThat(Columns.width("BLEU，准确率")).isEqualTo(4 + 2 + 6);
    assertThat(Columns.width("café")).isEqualTo(4);
  }

  @Test
  void paddingLinesUpMixedRows() {
    assertThat(Columns.left("距离", 8)).isEqualTo("距离    ");
    assertThat(Columns.right("cost", 6)).isEqualTo("  cost");
    assertThat(Columns.width(Columns.left("准确率", 10)))
        .isEqualTo(Columns.width(Columns.left("accuracy", 10)));
  }

  @Test
  void textWiderThanTheColumnIsNeverCut() {
    assertThat(Columns.left("distance", 4)).isEqualTo("distance");
  }
}
