package dev.learninglab.core.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Compares with sequences from Debian's NumPy (see make_fixtures.py beside the fixture). */
class NumpyRandomStateTest {
  private static JsonNode fixture;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in =
        NumpyRandomStateTest.class.getResourceAsStream("/core/random/numpy_random_state.json")) {
      fixture = new ObjectMapper().readTree(in);
    }
  }

  @Test
  void everyDrawMatchesNumpyForEachSeed() {
    for (JsonNode c : fixture.get("cases")) {
      NumpyRandomState rs = new NumpyRandomState(c.get("seed").asLong());
      String seed = "seed " + c.get("seed");
      assertThat(rs.randomSample(7)).as(seed).containsExactly(doubles(c.get("random_sample")));
      assertThat(rs.permutation(10)).as(seed).containsExactly(ints(c.get("permutation_10")));
      assertThat(rs.randint(0, 100, 8)).as(seed).containsExactly(longs(c.get("randint_0_100")));
      assertThat(rs.randint(-5, 1L << 40, 4)).as(seed).containsExactly(longs(c.get("randint_big")));
      assertThat(rs.permutation(1000)).as(seed).containsExactly(ints(c.get("permutation_1000")));
      double[] arr = IntStream.range(0, 20).mapToDouble(i -> i * 0.5).toArray();
      rs.shuffle(arr);
      assertThat(arr).as(seed).containsExactly(doubles(c.get("shuffle_20")));
      assertThat(rs.randomSample()).as(seed).isEqualTo(c.get("after_sample").asDouble());
    }
  }

  @Test
  void arraySeedMatchesNumpy() {
    JsonNode c = fixture.get("array_seed");
    NumpyRandomState rs = new NumpyRandomState(longs(c.get("key")));
    assertThat(rs.randomSample(5)).containsExactly(doubles(c.get("random_sample")));
    assertThat(rs.permutation(12)).containsExactly(ints(c.get("permutation_12")));
  }

  @Test
  void listShuffleUsesTheSameDrawsAsArrays() {
    List<Integer> list = new ArrayList<>(IntStream.range(0, 50).boxed().toList());
    new NumpyRandomState(7).shuffle(list);
    int[] perm = new NumpyRandomState(7).permutation(50);
    assertThat(list).containsExactly(Arrays.stream(perm).boxed().toArray(Integer[]::new));
  }

  @Test
  void permutationSlicesAreScikitLearnsTrainTestSplit() {
    for (JsonNode s : fixture.get("train_test_split")) {
      int n = s.get("n").asInt();
      int nTest = (int) Math.ceil(s.get("test_size").asDouble() * n);
      int[] perm = new NumpyRandomState(s.get("seed").asLong()).permutation(n);
      assertThat(Arrays.copyOfRange(perm, 0, nTest)).containsExactly(ints(s.get("test")));
      assertThat(Arrays.copyOfRange(perm, nTest, n)).containsExactly(ints(s.get("train")));
    }
  }

  @Test
  void rejectsSeedsNumpyRejects() {
    assertThatThrownBy(() -> new NumpyRandomState(-1)).hasMessageContaining("2**32 - 1");
    assertThatThrownBy(() -> new NumpyRandomState(1L << 32)).hasMessageContaining("2**32 - 1");
    assertThatThrownBy(() -> new NumpyRandomState(1).randint(3, 3)).hasMessageContaining("low >= high");
  }

  private static double[] doubles(JsonNode a) {
    double[] out = new double[a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = a.get(i).asDouble();
    }
    return out;
  }

  private static long[] longs(JsonNode a) {
    long[] out = new long[a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = a.get(i).asLong();
    }
    return out;
  }

  private static int[] ints(JsonNode a) {
    int[] out = new int[a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = a.get(i).asInt();
    }
    return out;
  }
}
