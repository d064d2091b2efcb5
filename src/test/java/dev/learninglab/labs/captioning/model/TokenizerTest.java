package dev.learninglab.labs.captioning.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  @Test
  void lowercasesSplitsOnWhitespaceAndKeepsLetterOnlyTokens() {
    assertThat(Tokenizer.tokens("A  dog\tin a T-shirt runs 2 miles ."))
        .containsExactly("a", "dog", "in", "a", "runs", "miles");
  }

  @Test
  void anEmptyLineHasNoTokens() {
    assertThat(Tokenizer.tokens("  ")).isEmpty();
  }

  @Test
  void vocabularyRanksByFrequencyAndEncodesWithStartEndAndPadding() {
    Vocabulary v =
        Vocabulary.build(List.of(List.of("a", "dog"), List.of("a", "cat"), List.of("a", "dog")), 2);
    assertThat(v.words()).containsExactly("<pad>", "<start>", "<end>", "<unk>", "a", "dog");
    assertThat(v.encode(List.of("a", "cat"), 6)).containsExactly(1, 4, 3, 2, 0, 0);
    assertThat(v.decode(new int[] {1, 4, 5, 2, 4})).containsExactly("a", "dog");
  }
}
