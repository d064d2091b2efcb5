package dev.learninglab.labs.editdistance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EditScriptTest {

  @Test
  void numpyToNumexprIsTheTutorialsNarratedScript() {
    EditScript s = DpMatrix.of("numpy", "numexpr", Costs.TUTORIAL).script();
    assertThat(s.steps().stream().map(EditStep::describe))
        .containsExactly(
            "keep 'n'",
            "keep 'u'",
            "keep 'm'",
            "insert 'e' (1)",
            "insert 'x' (1)",
            "keep 'p'",
            "substitute 'y' with 'r' (2)");
    assertThat(s.totalCost()).isEqualTo(4);
  }

  @Test
  void positionsFollowTheDocumentedConvention() {
    List<EditStep> steps = DpMatrix.of("ab", "b", Costs.TUTORIAL).script().steps();
    assertThat(steps)
        .containsExactly(
            new EditStep(Op.DELETE, 0, 0, "a", null, 1), new EditStep(Op.KEEP, 1, 0, "b", "b", 0));
    List<EditStep> ins = DpMatrix.of("b", "ab", Costs.TUTORIAL).script().steps();
    assertThat(ins.get(0)).isEqualTo(new EditStep(Op.INSERT, 0, 0, null, "a", 1));
  }

  @Test
  void scriptsOnThousandsOfRandomPairsAreValid() {
    Random rnd = new Random(3);
    for (int k = 0; k < 3000; k++) {
      Costs c = new Costs(rnd.nextInt(4), rnd.nextInt(4), rnd.nextInt(6));
      String a = text(rnd, k);
      String b = text(rnd, k + 1);
      DpMatrix m = DpMatrix.of(a, b, c);
      EditScript s = m.script();
      assertThat(s.totalCost()).as("%s -> %s with %s", a, b, c).isEqualTo(m.distance());
      assertThat(s.applyTo(a)).isEqualTo(b);
      assertThat(EditDistance.script(a, b, c)).contains(s);
      assertThat(EditDistance.distance(a, b, c)).isEqualTo(m.distance());
    }
  }

  @Test
  void unicodeCountsCodePoints() {
    EditScript s = DpMatrix.of("😀a", "a", Costs.TUTORIAL).script();
    assertThat(s.steps())
        .containsExactly(
            new EditStep(Op.DELETE, 0, 0, "😀", null, 1), new EditStep(Op.KEEP, 1, 0, "a", "a", 0));
    assertThat(EditDistance.distance("日本語", "日本", Costs.TUTORIAL)).isEqualTo(1);
  }

  @Test
  void emptyStrings() {
    assertThat(EditDistance.distance("", "", Costs.TUTORIAL)).isZero();
    assertThat(DpMatrix.of("", "", Costs.TUTORIAL).script().steps()).isEmpty();
    assertThat(DpMatrix.of("", "abc", new Costs(2, 1, 1)).distance()).isEqualTo(6);
    assertThat(DpMatrix.of("abc", "", new Costs(2, 5, 1)).script().applyTo("abc")).isEmpty();
  }

  @Test
  void applyRejectsAScriptThatDoesNotFit() {
    EditScript wrong = new EditScript(List.of(new EditStep(Op.KEEP, 0, 0, "x", "x", 0)));
    assertThatThrownBy(() -> wrong.applyTo("a")).hasMessageContaining("does not match the source");
  }

  @Test
  void matrixRefusesHugeInputsWithAMessage() {
    String big = "a".repeat(100_000);
    assertThatThrownBy(() -> DpMatrix.of(big, "b".repeat(20), Costs.TUTORIAL))
        .hasMessageContaining("cells (limit");
    assertThat(EditDistance.script(big, big, Costs.TUTORIAL)).isEmpty();
  }

  private static String text(Random rnd, int variant) {
    int[] cps = FastPathTest.random(rnd, rnd.nextInt(25), variant);
    return new String(cps, 0, cps.length);
  }
}
