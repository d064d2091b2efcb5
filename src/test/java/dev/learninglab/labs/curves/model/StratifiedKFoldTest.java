package dev.learninglab.labs.curves.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class StratifiedKFoldTest {
  private final JsonNode ref = Fixtures.sklearn().get("stratifiedKFold");
  private final int[] iris = Fixtures.iris().y();
  private final int[] odd = Fixtures.ints(ref.get("oddLabels"));

  @Test
  void unshuffledFoldsMatchScikitLearn() {
    assertThat(new StratifiedKFold(5, null).testFolds(iris))
        .containsExactly(Fixtures.ints(ref.get("irisNoShuffle")));
    assertThat(new StratifiedKFold(4, null).testFolds(odd))
        .containsExactly(Fixtures.ints(ref.get("oddNoShuffle")));
  }

  @Test
  void shuffledFoldsMatchScikitLearn() {
    assertThat(new StratifiedKFold(5, 0L).testFolds(iris))
        .containsExactly(Fixtures.ints(ref.get("irisShuffle0")));
    assertThat(new StratifiedKFold(4, 42L).testFolds(odd))
        .containsExactly(Fixtures.ints(ref.get("oddShuffle42")));
  }

  @Test
  void splitsPartitionTheRows() {
    List<Split> splits = new StratifiedKFold(5, null).split(iris);
    assertThat(splits).hasSize(5);
    for (Split s : splits) {
      assertThat(s.train().length + s.test().length).isEqualTo(150);
      assertThat(s.test()).hasSize(30);
    }
  }

  @Test
  void tooManyFoldsIsRefused() {
    assertThatThrownBy(() -> new StratifiedKFold(200, null).testFolds(iris))
        .hasMessageContaining("200 folds");
  }
}
