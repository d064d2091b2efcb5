package dev.learninglab.labs.captioning.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SemanticCheckerTest {

  // big red circle on the left, small blue square on the right
  private final Scene scene =
      new Scene(
          List.of(
              new SceneObject(ShapeKind.CIRCLE, ShapeColour.RED, ShapeSize.BIG, 0, 8, 20),
              new SceneObject(ShapeKind.SQUARE, ShapeColour.BLUE, ShapeSize.SMALL, 2, 40, 30)),
          1);

  @Test
  void acceptsTrueCaptionsOfEveryForm() {
    for (String c :
        List.of(
            "a big red circle to the left of a small blue square",
            "a blue square to the right of a red circle",
            "there is a blue square and a red circle",
            "two shapes a red circle and a small square",
            "an image with a big circle and a blue square",
            "the square is blue",
            "the red circle is big",
            "a red circle on the left",
            "A big red circle .")) {
      assertThat(SemanticChecker.isTrue(c, scene)).as(c).isTrue();
    }
  }

  @Test
  void rejectsAWrongColour() {
    assertThat(SemanticChecker.isTrue("there is a green circle", scene)).isFalse();
  }

  @Test
  void rejectsAWrongSize() {
    assertThat(SemanticChecker.isTrue("a small red circle", scene)).isFalse();
  }

  @Test
  void rejectsAShapeThatIsNotThere() {
    assertThat(SemanticChecker.isTrue("a red circle and a triangle", scene)).isFalse();
  }

  @Test
  void rejectsAReversedRelation() {
    assertThat(SemanticChecker.isTrue("a red circle to the right of a blue square", scene))
        .isFalse();
  }

  @Test
  void rejectsAWrongCount() {
    assertThat(SemanticChecker.isTrue("three shapes a red circle and a blue square", scene))
        .isFalse();
  }

  @Test
  void rejectsAWrongLocation() {
    assertThat(SemanticChecker.isTrue("a blue square in the middle", scene)).isFalse();
  }

  @Test
  void twoPhrasesMustNameTwoObjects() {
    assertThat(SemanticChecker.isTrue("a red circle and a red circle", scene)).isFalse();
  }

  @Test
  void theNeedsExactlyOneMatchingObject() {
    assertThat(SemanticChecker.isTrue("the shape is red", scene)).isFalse();
  }

  @Test
  void rejectsSentencesOutsideTheGrammar() {
    for (String c :
        List.of(
            "",
            "a red",
            "a red red circle",
            "there is a red circle to the left of",
            "circle circle circle",
            "a red circle and")) {
      assertThat(SemanticChecker.isTrue(c, scene)).as(c).isFalse();
    }
  }
}
