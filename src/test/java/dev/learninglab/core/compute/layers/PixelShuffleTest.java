package dev.learninglab.core.compute.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.learninglab.core.compute.Compute;
import org.junit.jupiter.api.Test;

class PixelShuffleTest {

  @Test
  void channelPhaseGoesToItsSubPixel() {
    Compute.engine();
    try (NDManager manager = NDManager.newBaseManager()) {
      // 4 channels of a 1×2 image: channel i·2+j holds 10·(i·2+j) + column
      NDArray x = manager.create(new float[] {0, 1, 10, 11, 20, 21, 30, 31}, new Shape(1, 4, 1, 2));
      NDArray y = PixelShuffle.apply(x, 2);
      assertThat(y.getShape()).isEqualTo(new Shape(1, 1, 2, 4));
      assertThat(y.toFloatArray()).containsExactly(0, 10, 1, 11, 20, 30, 21, 31);
    }
  }

  @Test
  void refusesAChannelCountThatIsNotAMultipleOfRSquared() {
    Compute.engine();
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray x = manager.zeros(new Shape(1, 3, 2, 2));
      assertThatThrownBy(() -> PixelShuffle.apply(x, 2)).hasMessageContaining("(1, 3, 2, 2)");
    }
  }
}
