package dev.learninglab.core.compute;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import org.junit.jupiter.api.Test;

class ComputeInfoTest {

  @Test
  void pytorchLoadsOfflineFromTheBundledNatives() {
    // surefire sets ai.djl.offline=true: DJL may not download anything here
    assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
    ComputeInfo info = ComputeInfo.describe();
    assertThat(info.engine()).isEqualTo("PyTorch");
    assertThat(info.engineVersion()).isEqualTo("2.7.1");
    assertThat(info.djlVersion()).isEqualTo("0.36.0");
    assertThat(info.threads()).isPositive();
    assertThat(info.summary()).contains("PyTorch 2.7.1").contains(info.device());
  }

  @Test
  void forcingTheCpuWins() {
    try {
      ComputeSettings.forceCpu(true);
      assertThat(ComputeSettings.current().forceCpu()).isTrue();
      assertThat(Compute.device()).isEqualTo(Device.cpu());
    } finally {
      ComputeSettings.forceCpu(false);
    }
  }
}
