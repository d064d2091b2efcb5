package dev.learninglab.core.compute.layers;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import dev.learninglab.core.compute.Compute;
import org.junit.jupiter.api.Test;

class PerChannelPreluTest {

  @Test
  void eachChannelUsesItsOwnSlopeAndTheSlopesGetGradients() {
    Compute.engine();
    try (NDManager manager = NDManager.newBaseManager()) {
      PerChannelPrelu prelu = new PerChannelPrelu(2);
      prelu.initialize(manager, DataType.FLOAT32, new Shape(1, 2, 1, 3));
      assertThat(prelu.alpha().getArray().toFloatArray()).containsExactly(0.25f, 0.25f);
      prelu.alpha().getArray().set(new float[] {0.1f, 2f});
      NDArray x = manager.create(new float[] {-1, 0, 3, -4, 5, -0.5f}, new Shape(1, 2, 1, 3));

      NDArray y;
      try (GradientCollector collector = Compute.engine().newGradientCollector()) {
        y = prelu.forward(new ParameterStore(manager, false), new NDList(x), true).singletonOrThrow();
        collector.backward(y.sum());
      }

      assertThat(y.toFloatArray()).containsExactly(-0.1f, 0f, 3f, -8f, 5f, -1f);
      // d(sum y)/d(a_c) = sum of the channel's negative inputs
      assertThat(prelu.alpha().getArray().getGradient().toFloatArray())
          .containsExactly(-1f, -4.5f);
    }
  }

  @Test
  void worksOnSequencesAndNodeFeaturesToo() {
    Compute.engine();
    try (NDManager manager = NDManager.newBaseManager()) {
      PerChannelPrelu prelu = new PerChannelPrelu(3);
      prelu.initialize(manager, DataType.FLOAT32, new Shape(2, 3));
      NDArray x = manager.create(new float[] {-4, -4, -4, 1, 1, 1}, new Shape(2, 3));
      NDArray y = prelu.forward(new ParameterStore(manager, false), new NDList(x), false).head();
      assertThat(y.toFloatArray()).containsExactly(-1f, -1f, -1f, 1f, 1f, 1f);
    }
  }
}
