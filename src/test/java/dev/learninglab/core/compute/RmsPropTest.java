package dev.learninglab.core.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.tracker.Tracker;
import org.junit.jupiter.api.Test;

class RmsPropTest {

  @Test
  void movesEachWeightByTheRateTimesItsGradientOverTheRunningRootMeanSquare() {
    try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
      RmsProp rmsprop = new RmsProp(Tracker.fixed(0.1f));
      NDArray weight = manager.create(new float[] {1f, -2f});
      rmsprop.update("w", weight, manager.create(new float[] {2f, 0f}));
      // v = 0.1·g² = 0.4; step = 0.1·2/√0.4; a zero gradient moves nothing
      assertThat(weight.toFloatArray()[0])
          .isCloseTo(1f - 0.1f * 2 / (float) Math.sqrt(0.4), within(1e-5f));
      assertThat(weight.toFloatArray()[1]).isEqualTo(-2f);
      rmsprop.update("w", weight, manager.create(new float[] {1f, 0f}));
      // v = 0.9·0.4 + 0.1·1 = 0.46
      float expected = 1f - 0.1f * 2 / (float) Math.sqrt(0.4) - 0.1f / (float) Math.sqrt(0.46);
      assertThat(weight.toFloatArray()[0]).isCloseTo(expected, within(1e-5f));
    }
  }

  @Test
  void updatesAWeightThatTakesGradientsOnAThreadWhoseGradModeIsOn() {
    boolean before = JniUtils.isGradMode();
    try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
      NDArray weight = manager.create(new float[] {1f});
      weight.setRequiresGradient(true);
      JniUtils.setGradMode(true); // PyTorch's default on a thread that never trained

      new RmsProp(Tracker.fixed(0.1f)).update("w", weight, manager.create(new float[] {2f}));

      assertThat(weight.toFloatArray()[0]).isLessThan(1f);
      assertThat(JniUtils.isGradMode()).isTrue();
    } finally {
      JniUtils.setGradMode(before);
    }
  }
}
