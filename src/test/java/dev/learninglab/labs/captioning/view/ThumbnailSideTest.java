package dev.learninglab.labs.captioning.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.labs.captioning.model.SceneGenerator;
import org.junit.jupiter.api.Test;

class ThumbnailSideTest {
  @Test
  void aSmallRoomKeepsTheOld96Pixels() {
    assertThat(ThumbnailSide.fitting(40, 300)).isEqualTo(96);
    assertThat(ThumbnailSide.fitting(-20, 300)).isEqualTo(96);
    assertThat(ThumbnailSide.fitting(300, 120)).isEqualTo(96);
  }

  @Test
  void aLargeRoomGrowsThePictureInWholePixelsUpToFiveTimes() {
    assertThat(ThumbnailSide.fitting(200, 400)).isEqualTo(192);
    assertThat(ThumbnailSide.fitting(150, 400)).isEqualTo(144);
    assertThat(ThumbnailSide.fitting(2000, 2000)).isEqualTo(5 * SceneGenerator.SIDE);
    for (int room = 0; room < 600; room += 7) {
      assertThat(ThumbnailSide.fitting(room, room) % SceneGenerator.SIDE).isZero();
    }
  }

  @Test
  void theSmallerSideOfTheRoomDecides() {
    assertThat(ThumbnailSide.fitting(400, 150)).isEqualTo(144);
  }
}
