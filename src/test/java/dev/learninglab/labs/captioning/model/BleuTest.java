package dev.learninglab.labs.captioning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.io.Json;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Corpus BLEU against NLTK 3.8's corpus_bleu (fixtures: make_bleu_fixtures.py beside them). */
class BleuTest {

  static Stream<JsonNode> cases() throws Exception {
    try (InputStream in = BleuTest.class.getResourceAsStream("/captioning/bleu_nltk.json")) {
      JsonNode root = Json.mapper().readTree(in);
      List<JsonNode> out = new ArrayList<>();
      root.get("cases").forEach(out::add);
      return out.stream();
    }
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("cases")
  void equalsNltkCorpusBleuWithin1e9(JsonNode c) {
    List<List<String>> hyps = new ArrayList<>();
    int i = 0;
    for (JsonNode h : c.get("hypotheses")) {
      List<String> tokens = Tokenizer.tokens(h.asText());
      List<String> expected = new ArrayList<>();
      c.get("hypothesisTokens").get(i++).forEach(t -> expected.add(t.asText()));
      assertThat(tokens).as("tokens of " + h).isEqualTo(expected);
      hyps.add(tokens);
    }
    List<List<List<String>>> refs = new ArrayList<>();
    for (JsonNode rs : c.get("references")) {
      List<List<String>> list = new ArrayList<>();
      rs.forEach(r -> list.add(Tokenizer.tokens(r.asText())));
      refs.add(list);
    }
    double[] bleu = Bleu.corpus(refs, hyps);
    for (int n = 0; n < 4; n++) {
      assertThat(bleu[n])
          .as(c.get("name").asText() + " BLEU-" + (n + 1))
          .isCloseTo(c.get("bleu").get(n).asDouble(), within(1e-9));
    }
  }

  @Test
  void theBrevityPenaltyIsExpOfOneMinusReferenceOverHypothesisLength() {
    assertThat(Bleu.brevityPenalty(8, 4)).isCloseTo(Math.exp(-1), within(1e-15));
    assertThat(Bleu.brevityPenalty(4, 8)).isEqualTo(1.0);
    assertThat(Bleu.brevityPenalty(4, 0)).isEqualTo(0.0);
  }

  @Test
  void mismatchedListsAreRejectedWithTheCounts() {
    assertThatThrownBy(() -> Bleu.corpus(List.of(), List.of(List.of("a"))))
        .hasMessageContaining("1 hypotheses but 0 reference lists");
  }
}
