package dev.learninglab.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChoiceTest {
  private static final String[] IDS = {"moons", "8gaussians"};

  @Test
  void findsTheValueNamed() {
    assertThat(Choice.byId(IDS, s -> s, "8gaussians", "density")).isEqualTo("8gaussians");
  }

  @Test
  void refusesAnUnknownIdListingTheOnesThereAre() {
    assertThatThrownBy(() -> Choice.byId(IDS, s -> s, "spiral\u001b[2J", "density"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown density \"spiral·[2J\" (choose one of: moons, 8gaussians)");
  }
}
