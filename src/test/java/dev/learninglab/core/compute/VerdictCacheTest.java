package dev.learninglab.core.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerdictCacheTest {
  @TempDir Path dir;

  private final EngineVerdict wrong =
      new EngineVerdict(false, List.of("LSTM, 4 steps"), "default", "2.7.1-cpu", 75.5);

  @Test
  void aVerdictIsRememberedUnderItsKey() throws Exception {
    VerdictCache cache = new VerdictCache(dir.resolve("engine-check.json"));
    cache.put("machine-a", wrong);

    assertThat(new VerdictCache(dir.resolve("engine-check.json")).get("machine-a")).contains(wrong);
    assertThat(cache.get("machine-b")).isEmpty();
  }

  @Test
  void aDamagedFileIsForgottenNotFatal() throws Exception {
    Path file = dir.resolve("engine-check.json");
    Files.writeString(file, "{\"machine-a\": [not json");

    assertThat(new VerdictCache(file).get("machine-a")).isEmpty();
  }

  @Test
  void theKeyChangesWithTheNativesAndTheLimit() {
    String key = VerdictCache.key("2.7.1-cpu", "default");

    assertThat(VerdictCache.key("2.7.1-cpu", "SSE41")).isNotEqualTo(key);
    assertThat(VerdictCache.key("2.8.0-cpu", "default")).isNotEqualTo(key);
    assertThat(VerdictCache.key("2.7.1-cpu", "default")).isEqualTo(key);
  }
}
