package dev.learninglab.core.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.tracker.Tracker;
import org.junit.jupiter.api.Test;

class LayerLearningRatesTest {

  private static Conv2d conv() {
    return Conv2d.builder().setKernelShape(new Shape(3, 3)).setFilters(2).build();
  }

  @Test
  void theChosenLayersLearnAtTheFactorTheOthersAtTheSchedule() {
    Conv2d fast = conv();
    Conv2d slow = conv();
    SequentialBlock net = new SequentialBlock().add(fast).add(slow);
    Tracker halving =
        Tracker.cosine().setBaseValue(0.01f).optFinalValue(1e-4f).setMaxUpdates(10).build();
    LayerLearningRates rates = new LayerLearningRates(halving, 0.1f, slow);

    assertThat(net.getParameters().values()).hasSize(4);
    for (Parameter p : fast.getParameters().values()) {
      assertThat(rates.getNewValue(p.getId(), 0)).isEqualTo(halving.getNewValue(0));
      assertThat(rates.getNewValue(p.getId(), 3)).isEqualTo(halving.getNewValue(3));
    }
    for (Parameter p : slow.getParameters().values()) {
      assertThat(rates.getNewValue(p.getId(), 0)).isEqualTo(halving.getNewValue(0) * 0.1f);
      assertThat(rates.getNewValue(p.getId(), 3)).isEqualTo(halving.getNewValue(3) * 0.1f);
    }
  }

  @Test
  void rejectsAFactorThatIsNotPositive() {
    assertThatThrownBy(() -> new LayerLearningRates(Tracker.fixed(1e-3f), 0f, conv()))
        .hasMessageContaining("factor must be > 0");
  }
}
