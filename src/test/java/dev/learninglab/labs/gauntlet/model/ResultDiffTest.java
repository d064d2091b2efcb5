package dev.learninglab.labs.gauntlet.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.i18n.Language;
import dev.learninglab.core.i18n.Locales;
import org.junit.jupiter.api.Test;

/** Messages of the comparison, on hand-written probe JSON. */
class ResultDiffTest {
  private static String table(String hwyType, String values) {
    return "{\"kind\":\"table\",\"rows\":2,\"columns\":[{\"name\":\"model\",\"type\":\"STRING\",\"values\":[\"a4\",\"civic\"]},"
        + "{\"name\":\"hwy\",\"type\":\""
        + hwyType
        + "\",\"values\":"
        + values
        + "}]}";
  }

  @Test
  void equalTablesMatch() {
    assertThat(
            ResultDiff.diff(
                new Check("t", true), table("INTEGER", "[29,36]"), table("INTEGER", "[29,36]")))
        .isEmpty();
  }

  @Test
  void aDifferentCellNamesRowColumnAndValues() {
    assertThat(
            ResultDiff.diff(
                new Check("t", true), table("INTEGER", "[29,36]"), table("INTEGER", "[29,35]")))
        .hasValueSatisfying(
            m -> assertThat(m).startsWith("`t` row 2, column `hwy`: expected 36, got 35"));
  }

  @Test
  void rowOrderCountsOnlyWhenAsked() {
    String want = table("INTEGER", "[29,36]");
    String swapped =
        "{\"kind\":\"table\",\"rows\":2,\"columns\":[{\"name\":\"hwy\",\"type\":\"INTEGER\",\"values\":[36,29]},"
            + "{\"name\":\"model\",\"type\":\"STRING\",\"values\":[\"civic\",\"a4\"]}]}";
    assertThat(ResultDiff.diff(new Check("t", false), want, swapped)).isEmpty();
    assertThat(ResultDiff.diff(new Check("t", true), want, swapped)).isPresent();
  }

  @Test
  void wholeAndDecimalColumnsDiffer() {
    assertThat(
            ResultDiff.diff(
                new Check("t", true), table("INTEGER", "[29,36]"), table("DOUBLE", "[29.0,36.0]")))
        .hasValue(
            "`t`: column `hwy` holds decimal numbers (DOUBLE), expected whole numbers (INTEGER)");
  }

  @Test
  void numbersMatchWithinOneBillionth() {
    Check c = new Check("x", false);
    assertThat(
            ResultDiff.diff(
                c,
                "{\"kind\":\"number\",\"value\":23.440170940170937}",
                "{\"kind\":\"number\",\"value\":23.44017094017094}"))
        .isEmpty();
    assertThat(
            ResultDiff.diff(
                c,
                "{\"kind\":\"number\",\"value\":23.44}",
                "{\"kind\":\"number\",\"value\":23.4401}"))
        .hasValue("`x`: expected 23.44, got 23.4401");
  }

  @Test
  void aValueOfAnotherKindIsNamed() {
    assertThat(
            ResultDiff.diff(
                new Check("top5", true),
                table("INTEGER", "[1,2]"),
                "{\"kind\":\"number\",\"value\":5}"))
        .hasValue("`top5` is a number, expected a table");
  }

  @Test
  void chartsCompareSeriesNames() {
    String want =
        "{\"kind\":\"chart\",\"type\":\"XYChart\",\"series\":[{\"name\":\"cars\",\"style\":\"Scatter\",\"x\":[1.0],\"y\":[2.0]}]}";
    String got =
        "{\"kind\":\"chart\",\"type\":\"XYChart\",\"series\":[{\"name\":\"points\",\"style\":\"Scatter\",\"x\":[1.0],\"y\":[2.0]}]}";
    assertThat(ResultDiff.diff(new Check("c", false), want, got))
        .hasValue("`c` has series [points], expected [cars]");
  }

  @Test
  void missingAndExtraColumnsAreNamedInEitherLanguage() {
    String want = table("INTEGER", "[29,36]");
    String renamed =
        "{\"kind\":\"table\",\"rows\":2,\"columns\":[{\"name\":\"make\",\"type\":\"STRING\",\"values\":[\"a4\",\"civic\"]},"
            + "{\"name\":\"hwy_mpg\",\"type\":\"INTEGER\",\"values\":[29,36]}]}";
    assertThat(ResultDiff.diff(new Check("t", true), want, renamed))
        .hasValue(
            "`t`: missing columns `model`, `hwy`; unexpected columns `make`, `hwy_mpg`;"
                + " your columns: `make`, `hwy_mpg`");
    Locales.use(Language.CHINESE);
    try {
      assertThat(ResultDiff.diff(new Check("t", true), want, renamed))
          .hasValue("`t`：缺少 2 列 `model`, `hwy`；多出 2 列 `make`, `hwy_mpg`；你的列：`make`, `hwy_mpg`");
      assertThat(
              ResultDiff.diff(
                  new Check("t", true),
                  table("INTEGER", "[29,36]"),
                  table("DOUBLE", "[29.0,36.0]")))
          .hasValue("`t`：列 `hwy` 存的是小数（DOUBLE），应为整数（INTEGER）");
    } finally {
      Locales.use(Language.ENGLISH);
    }
  }
}
