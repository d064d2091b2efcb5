package dev.learninglab.labs.gauntlet.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultHeightTest {
  @Test
  void aTallScreenGivesTheExtraHeightToTheEditor() {
    assertThat(ResultHeight.in(900)).isEqualTo(ResultHeight.MAX);
    assertThat(ResultHeight.in(2000)).isEqualTo(ResultHeight.MAX);
  }

  @Test
  void aSmallScreenKeepsRoomForAMessage() {
    assertThat(ResultHeight.in(300)).isEqualTo(ResultHeight.MIN);
  }

  @Test
  void inBetweenTheResultsTakeAShare() {
    assertThat(ResultHeight.in(600)).isEqualTo(180);
  }
}
