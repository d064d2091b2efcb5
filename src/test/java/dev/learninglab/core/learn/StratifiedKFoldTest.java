package dev.learninglab.core.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Folds against scikit-learn's (src/test/resources/core/learn/make_stratified_kfold.py). */
class StratifiedKFoldTest {
  private static final JsonNode REF = read("/core/learn/stratified-kfold.json");
  private final int[] iris = ints(REF.get("irisLabels"));
  private final int[] odd = ints(REF.get("oddLabels"));

  @Test
  void unshuffledFoldsMatchScikitLearn() {
    assertThat(new StratifiedKFold(5, null).testFolds(iris))
        .containsExactly(ints(REF.get("irisNoShuffle")));
    assertThat(new StratifiedKFold(4, null).testFolds(odd))
        .containsExactly(ints(REF.get("oddNoShuffle")));
  }

  @Test
  void shuffledFoldsMatchScikitLearn() {
    assertThat(new StratifiedKFold(5, 0L).testFolds(iris))
        .containsExactly(ints(REF.get("irisShuffle0")));
    assertThat(new StratifiedKFold(4, 42L).testFolds(odd))
        .containsExactly(ints(REF.get("oddShuffle42")));
  }

  @Test
  void randomLabelVectorsAreSplitOrRefusedAsScikitLearnDoes() {
    JsonNode cases = REF.get("cases");
    int refused = 0;
    int shuffled = 0;
    for (JsonNode c : cases) {
      int[] y = ints(c.get("y"));
      Long seed = c.get("seed").isNull() ? null : c.get("seed").asLong();
      StratifiedKFold folds = new StratifiedKFold(c.get("k").asInt(), seed);
      String what = "y=" + Arrays.toString(y) + " k=" + c.get("k") + " seed=" + seed;
      if (c.get("folds").isNull()) {
        refused++;
        assertThatThrownBy(() -> folds.testFolds(y))
            .as(what)
            .isInstanceOf(IllegalArgumentException.class);
      } else {
        shuffled += seed == null ? 0 : 1;
        assertThat(folds.testFolds(y)).as(what).containsExactly(ints(c.get("folds")));
      }
    }
    // every kind of case is really exercised: refused, split unshuffled, split shuffled
    assertThat(refused).isPositive();
    assertThat(shuffled).isPositive().isLessThan(cases.size() - refused);
  }

  @Test
  void splitsPartitionTheRowsInFoldOrder() {
    int[] folds = new StratifiedKFold(5, null).testFolds(iris);
    List<Split> splits = new StratifiedKFold(5, null).split(iris);
    assertThat(splits).hasSize(5);
    for (int f = 0; f < 5; f++) {
      int fold = f;
      Split s = splits.get(f);
      assertThat(s.train().length + s.test().length).isEqualTo(150);
      assertThat(s.test())
          .hasSize(30)
          .containsExactly(IntStream.range(0, 150).filter(i -> folds[i] == fold).toArray());
      assertThat(s.train()).isSorted().doesNotContain(s.test());
    }
  }

  @Test
  void tooManyFoldsIsRefused() {
    assertThatThrownBy(() -> new StratifiedKFold(200, null).testFolds(iris))
        .hasMessageContaining("200 folds");
  }

  @Test
  void foldsOutnumberingEveryClassAreRefused() {
    assertThatThrownBy(() -> new StratifiedKFold(3, null).testFolds(new int[] {1, 1, 2, 2}))
        .hasMessageContaining("every class has fewer than 3 rows");
  }

  @Test
  void fewerThanTwoFoldsIsRefused() {
    assertThatThrownBy(() -> new StratifiedKFold(1, null)).hasMessageContaining("at least 2");
  }

  private static int[] ints(JsonNode array) {
    int[] out = new int[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asInt();
    }
    return out;
  }

  private static JsonNode read(String resource) {
    try (InputStream in = StratifiedKFoldTest.class.getResourceAsStream(resource)) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(resource, e);
    }
  }
}
