package dev.learninglab.labs.captioning.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  private final List<ShapesExample> examples = ShapesDataset.generate(40, 9).all();

  @Test
  void theSameCaptionForEveryImageIsFlaggedAsCollapse() {
    List<Caption> same =
        examples.stream()
            .map(e -> new Caption(List.of("there", "is", "a", "red", "circle"), true, 0, 1))
            .toList();
    Evaluation e = Evaluation.of("v1", "test", examples, same, scenes());
    assertThat(e.collapsed()).isTrue();
    assertThat(e.distinctCaptions()).isEqualTo(1);
    assertThat(e.mostCommonShare()).isEqualTo(1.0);
    assertThat(e.mostCommonCaption()).isEqualTo("there is a red circle");
    assertThat(e.collapseReason()).contains("100% of the images get the same caption");
  }

  @Test
  void theReferenceCaptionsThemselvesAreNotACollapseAndAreAllTrue() {
    List<Caption> own =
        examples.stream()
            .map(e -> new Caption(Tokenizer.tokens(e.captions().get(0)), true, 0, 1))
            .toList();
    Evaluation e = Evaluation.of("refs", "test", examples, own, scenes());
    assertThat(e.collapsed()).isFalse();
    assertThat(e.semanticAccuracy()).isEqualTo(1.0);
    assertThat(e.endRate()).isEqualTo(1.0);
    assertThat(e.bleu()[0]).isEqualTo(1.0);
    // captions under four words have no 4-gram to match, which NLTK counts as a miss
    assertThat(e.bleu()[3]).isGreaterThan(0.99);
  }

  @Test
  void manyDifferentCaptionsNoneOfThemTrueAreACollapseToo() {
    String[] soup = {"a small a small", "a big a big", "a small a to the and", "a image a big"};
    List<Caption> words =
        java.util.stream.IntStream.range(0, examples.size())
            .mapToObj(
                i -> new Caption(Tokenizer.tokens(soup[i % 4] + " a".repeat(i / 4)), false, 0, 1))
            .toList();
    Evaluation e = Evaluation.of("v1", "test", examples, words, scenes());
    assertThat(e.distinctCaptions()).isEqualTo(examples.size());
    assertThat(e.collapsed()).isTrue();
    assertThat(e.collapseReason()).contains("0.0% of the captions are true");
  }

  @Test
  void captionsThatNeverEndCountAgainstTheEndRate() {
    List<Caption> open =
        examples.stream()
            .map(e -> new Caption(Tokenizer.tokens(e.captions().get(1)), false, 0, 1))
            .toList();
    assertThat(Evaluation.of("x", "test", examples, open, scenes()).endRate()).isZero();
  }

  private List<Scene> scenes() {
    return examples.stream().map(ShapesExample::scene).toList();
  }
}
