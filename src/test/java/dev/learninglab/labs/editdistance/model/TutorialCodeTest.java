package dev.learninglab.labs.editdistance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tutorial's recursion and DP, against the tutorial's Python run (fixture tutorial.json). */
class TutorialCodeTest {

  @Test
  void recursionGivesTheTutorialsDistanceAndNarration() {
    for (JsonNode c : Fixtures.read("tutorial.json")) {
      RecursionReport r =
          TutorialRecursion.run(
              c.get("source").asText(), c.get("target").asText(), Costs.TUTORIAL, 10_000_000);
      assertThat(r.distance()).isEqualTo(c.get("recursiveDistance").asLong());
      assertThat(r.narration()).isEqualTo(strings(c.get("narration")));
    }
  }

  @Test
  void dpReproducesTheTutorialsPathSlipsIncluded() {
    for (JsonNode c : Fixtures.read("tutorial.json")) {
      TutorialDp dp =
          TutorialDp.of(c.get("source").asText(), c.get("target").asText(), Costs.TUTORIAL);
      assertThat(dp.distance()).isEqualTo(c.get("dpDistance").asLong());
      assertThat(dp.path()).as(c.get("source").asText()).isEqualTo(c.get("dpPath").asText());
    }
  }

  @Test
  void tutorialBacktraceForNumpyIsNotAnEditScript() {
    TutorialDp dp = TutorialDp.of("numpy", "numexpr", Costs.TUTORIAL);
    assertThat(dp.printed())
        .containsExactly(
            "No Change.",
            "No Change.",
            "No Change.",
            "Insertion",
            "Deletion",
            "No Change.",
            "Substitution");
    assertThat(dp.check()).contains("step 6 says No Change but pairs 'y' with 'x'");
  }

  @Test
  void plainCallsMatchTheCountingRecurrence() {
    RecursionReport r = TutorialRecursion.run("numpy", "numexpr", Costs.TUTORIAL, 10_000_000);
    assertThat(r.budgetExceeded()).isFalse();
    assertThat(BigInteger.valueOf(r.plainCalls())).isEqualTo(r.plainCallsNeeded());
    assertThat(r.memoCalls()).isLessThan(r.plainCalls()).isLessThanOrEqualTo(3 * r.dpCells() + 1);
    assertThat(r.dpCells()).isEqualTo(48);
  }

  @Test
  void budgetStopsThePlainRunAndSaysSo() {
    RecursionReport r = TutorialRecursion.run("abcdefghij", "klmnopqrst", Costs.TUTORIAL, 1000);
    assertThat(r.budgetExceeded()).isTrue();
    assertThat(r.plainCalls()).isEqualTo(1001);
    assertThat(r.distance()).isEqualTo(20);
    assertThat(r.plainSummary())
        .startsWith("Plain recursion stopped after 1001 calls (budget 1000)");
    assertThat(r.tree()).isEmpty();
  }

  @Test
  void treeIsDrawnForShortInputs() {
    RecursionReport r = TutorialRecursion.run("ab", "ba", Costs.TUTORIAL, 1000);
    RecursionNode root = r.tree().orElseThrow();
    assertThat(root.cost()).isEqualTo(2);
    assertThat(root.children()).hasSize(3);
    assertThat(count(root)).isEqualTo(r.plainCalls());
  }

  @Test
  void refusesLongInputs() {
    assertThatThrownBy(() -> TutorialRecursion.run("a".repeat(21), "b", Costs.TUTORIAL, 10))
        .hasMessageContaining("at most 20 characters");
  }

  private static long count(RecursionNode n) {
    return 1 + n.children().stream().mapToLong(TutorialCodeTest::count).sum();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
