package dev.learninglab.labs.editdistance.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.i18n.Language;
import dev.learninglab.core.i18n.Locales;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Chinese typed into the lab counts characters (code points), not bytes or UTF-16 units: a Han
 * character is one edit, and so is one outside the Basic Multilingual Plane (two UTF-16 units).
 */
class ChineseTextTest {
  private static final Costs UNIT = new Costs(1, 1, 1);

  @AfterEach
  void english() {
    Locales.use(Language.ENGLISH);
  }

  @Test
  void oneHanCharacterChangedIsOneEdit() {
    assertThat(EditDistance.distance("编辑距离", "编辑距離", UNIT)).isEqualTo(1);
    assertThat(EditDistance.distance("编辑距离", "编辑距離", Costs.TUTORIAL)).isEqualTo(2);
    assertThat(EditDistance.distance("动态规划", "规划", UNIT)).isEqualTo(2);
  }

  @Test
  void aCharacterBeyondTheBasicPlaneIsOneEditNotTwo() {
    String rare = new String(Character.toChars(0x20000)); // 𠀀, two UTF-16 units
    assertThat(rare.length()).isEqualTo(2);
    assertThat(EditDistance.distance(rare + "字", "字", UNIT)).isEqualTo(1);
    assertThat(EditDistance.distance(rare, "字", UNIT)).isEqualTo(1);
  }

  @Test
  void theMatrixHasARowPerCharacterAndExplainsInChinese() {
    DpMatrix m = DpMatrix.of("距离", "距離", UNIT);
    assertThat(m.rows()).isEqualTo(3);
    assertThat(m.cols()).isEqualTo(3);
    assertThat(m.distance()).isEqualTo(1);
    Locales.use(Language.CHINESE);
    assertThat(m.cell(0, 0).explain()).isEqualTo("cost[0][0] = 0：两个前缀都为空");
    assertThat(m.cell(2, 2).explain())
        .isEqualTo("cost[2][2] = min(插入 1+1，删除 1+1，替换 0+1) = 1：把“离”替换为“離”");
    Locales.use(Language.ENGLISH);
    assertThat(m.cell(2, 2).explain())
        .isEqualTo(
            "cost[2][2] = min(insert 1+1, delete 1+1, substitute 0+1) = 1: substitute '离' with '離'");
  }
}
