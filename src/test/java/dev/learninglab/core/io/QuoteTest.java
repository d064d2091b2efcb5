package dev.learninglab.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.testing.BadInputs;
import org.junit.jupiter.api.Test;

class QuoteTest {
  @Test
  void shortTextIsQuotedWhole() {
    assertThat(Quote.of("label")).isEqualTo("\"label\"");
  }

  @Test
  void longTextKeepsEightyCharactersAndSaysHowManyMore() {
    String q = Quote.of(BadInputs.hugeLine(50_000_000));
    assertThat(q).isEqualTo("\"" + "x".repeat(80) + "\" … (49999920 more characters)");
  }

  @Test
  void controlCharactersAreNeverEchoed() {
    String q = Quote.of(BadInputs.terminalGarbage());
    assertThat(q.chars().noneMatch(Character::isISOControl)).isTrue();
    assertThat(q).startsWith("\"·[2J·]0;pwned···").contains("more characters");
  }

  @Test
  void aForeignMessageKeepsItsFirstLineMadePrintable() {
    assertThat(Quote.line("bad \u001b[31mcell\nat line 2\n  dump")).isEqualTo("bad ·[31mcell");
    assertThat(Quote.line("x".repeat(1000))).hasSize(Quote.MAX_LINE + 2).endsWith(" …");
  }
}
