package dev.learninglab.labs.captioning.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TrainingSpecTest {
  private final TrainingSpec defaults = TrainingSpec.defaults(ModelKind.V2, 7, Path.of("out"));

  @Test
  void eachWitherChangesOnlyItsOwnFields() {
    assertThat(defaults.withSeed(5))
        .isEqualTo(
            new TrainingSpec(ModelKind.V2, 7, 2e-3f, 64, 5, 3, 200, Path.of("out"), 0, false));
    assertThat(defaults.withMaxMinutes(1.5))
        .isEqualTo(
            new TrainingSpec(ModelKind.V2, 7, 2e-3f, 64, 42, 3, 200, Path.of("out"), 1.5, false));
    assertThat(defaults.withSizes(8, 1, 20))
        .isEqualTo(
            new TrainingSpec(ModelKind.V2, 7, 2e-3f, 8, 42, 1, 20, Path.of("out"), 0, false));
    assertThat(defaults.withResume(true, 5e-4f))
        .isEqualTo(
            new TrainingSpec(ModelKind.V2, 7, 5e-4f, 64, 42, 3, 200, Path.of("out"), 0, true));
  }
}
