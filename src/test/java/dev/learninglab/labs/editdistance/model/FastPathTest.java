package dev.learninglab.labs.editdistance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bit-parallel fast path against the plain recurrence and a textbook LCS. */
class FastPathTest {
  private static final Costs[] LCS_COSTS = {
    Costs.TUTORIAL, new Costs(2, 3, 5), new Costs(3, 1, 9), new Costs(0, 1, 1), new Costs(1, 0, 4)
  };

  @Test
  void fastPathEqualsPlainRecurrenceOnRandomStrings() {
    Random rnd = new Random(7);
    for (int k = 0; k < 1500; k++) {
      int[] a = random(rnd, rnd.nextInt(300), k);
      int[] b = random(rnd, rnd.nextInt(300), k);
      Costs c = LCS_COSTS[k % LCS_COSTS.length];
      assertThat(EditDistance.method(c)).isEqualTo(EditDistance.Method.BIT_PARALLEL_LCS);
      assertThat(EditDistance.distance(a, b, c)).isEqualTo(EditDistance.plainDistance(a, b, c));
    }
  }

  @Test
  void lcsPatternEqualsTextbookLcsAcrossWordBoundaries() {
    Random rnd = new Random(11);
    for (int len : new int[] {1, 63, 64, 65, 127, 128, 129, 200, 640}) {
      for (int k = 0; k < 20; k++) {
        int[] a = random(rnd, len, k);
        int[] b = random(rnd, rnd.nextInt(2 * len + 1), k);
        assertThat(LcsPattern.of(a).lcs(b)).as("len %d", len).isEqualTo(textbookLcs(a, b));
      }
    }
  }

  @Test
  void otherCostsUseTheLinearDp() {
    assertThat(EditDistance.method(new Costs(1, 1, 1))).isEqualTo(EditDistance.Method.LINEAR_DP);
  }

  @Test
  void hundredThousandCharactersAnswerFastWithTutorialCosts() {
    String a = "ab".repeat(50_000);
    String b = "ba".repeat(50_000);
    // LCS is 99,999: delete one character and insert one
    assertThat(EditDistance.distance(a, b, Costs.TUTORIAL)).isEqualTo(2);
  }

  @Test
  void generalDpRefusesHugeInputsWithAMessage() {
    int[] a = new int[100_000];
    assertThatThrownBy(() -> EditDistance.plainDistance(a, a, new Costs(1, 1, 1)))
        .hasMessageContaining("100000 and 100000 characters")
        .hasMessageContaining("bit-parallel");
  }

  @Test
  void bitParallelRefusesWorkBeyondItsStepLimit() {
    int[] a = new int[2_000_000];
    assertThatThrownBy(() -> EditDistance.distance(a, a, Costs.TUTORIAL))
        .hasMessageContaining(
            "2000000 and 2000000 characters need 62500000000 bit-parallel word steps");
  }

  /** Alphabets vary from two letters to code points above the dense mask table. */
  static int[] random(Random rnd, int len, int variant) {
    int[] out = new int[len];
    for (int i = 0; i < len; i++) {
      out[i] =
          switch (variant % 3) {
            case 0 -> 'a' + rnd.nextInt(2);
            case 1 -> 'a' + rnd.nextInt(26);
            default -> rnd.nextBoolean() ? 0x1F600 + rnd.nextInt(4) : 0x65E5 + rnd.nextInt(3);
          };
    }
    return out;
  }

  static int textbookLcs(int[] a, int[] b) {
    int[][] l = new int[a.length + 1][b.length + 1];
    for (int i = 1; i <= a.length; i++) {
      for (int j = 1; j <= b.length; j++) {
        l[i][j] = a[i - 1] == b[j - 1] ? l[i - 1][j - 1] + 1 : Math.max(l[i - 1][j], l[i][j - 1]);
      }
    }
    return l[a.length][b.length];
  }
}
