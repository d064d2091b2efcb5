package dev.learninglab.core.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EngineCheckTest {

  private static final KnownAnswer RIGHT =
      new KnownAnswer(
          "doubling", m -> m.create(new float[] {1, 2}).mul(2).toFloatArray(), new double[] {2, 4});

  @Test
  void theBundledEngineGivesEveryKnownAnswer() {
    EngineVerdict verdict = EngineCheck.run(Compute.engine());

    assertThat(verdict.wrong()).isEmpty();
    assertThat(verdict.correct()).isTrue();
  }

  @Test
  void anOperationGivingWrongNumbersIsNamed() {
    KnownAnswer faulty =
        new KnownAnswer("faulty convolution", m -> new float[] {2, 4.01f}, new double[] {2, 4});

    EngineVerdict verdict = EngineCheck.run(Compute.engine(), List.of(RIGHT, faulty));

    assertThat(verdict.correct()).isFalse();
    assertThat(verdict.wrong()).containsExactly("faulty convolution");
    assertThat(verdict.line()).contains("faulty convolution").contains("training is disabled");
  }

  @Test
  void notANumberWrongSizesAndFailuresAreWrongAnswers() {
    KnownAnswer nan = new KnownAnswer("nan", m -> new float[] {Float.NaN, 4}, new double[] {2, 4});
    KnownAnswer shorter = new KnownAnswer("short", m -> new float[] {2}, new double[] {2, 4});
    KnownAnswer throwing =
        new KnownAnswer(
            "throws",
            m -> {
              throw new IllegalStateException("unsupported");
            },
            new double[] {2});

    EngineVerdict verdict = EngineCheck.run(Compute.engine(), List.of(nan, shorter, throwing));

    assertThat(verdict.wrong()).containsExactly("nan", "short", "throws");
  }

  @Test
  void singlePrecisionRoundingIsNotAnError() {
    KnownAnswer rounded =
        new KnownAnswer("rounded", m -> new float[] {1000.05f}, new double[] {1000});

    assertThat(EngineCheck.run(Compute.engine(), List.of(rounded)).correct()).isTrue();
  }

  @Test
  void trainingRefusesAnEngineThatGaveWrongAnswersInOneLine() {
    EngineVerdict wrong = new EngineVerdict(false, List.of("LSTM, 4 steps"), "SSE41", "2.7.1", 9);

    assertThatThrownBy(() -> EngineTrust.requireCorrect(wrong))
        .isInstanceOf(EngineTrust.UntrustedEngineException.class)
        .hasMessage(wrong.line())
        .hasMessageContaining("training is disabled");
  }
}
