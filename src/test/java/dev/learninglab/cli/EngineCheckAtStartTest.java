package dev.learninglab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.LearningLab;
import dev.learninglab.core.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application as started by a user, in its own JVM with no oneDNN limit set: its self-check of
 * the real engine passes, by itself or after it restarted under the safe limit, and the verdict is
 * remembered for the next start.
 */
class EngineCheckAtStartTest {
  @TempDir Path home;

  @Test
  void infoReportsAPassingCheckOfTheRealEngineOnEveryMachine() throws Exception {
    JsonNode check = startInfo().get("engineCheck");

    assertThat(check.get("correct").asBoolean()).as(check.toString()).isTrue();
    assertThat(check.get("isaLimit").asText()).isIn("default", "SSE41");
    assertThat(check.get("millis").asDouble()).isPositive();
    assertThat(home.resolve("engine-check.json")).isRegularFile();
  }

  private JsonNode startInfo() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path out = home.resolve("info.json");
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-Dai.djl.offline=true",
                "-cp",
                System.getProperty("java.class.path"),
                LearningLab.class.getName(),
                "info",
                "--json")
            .redirectOutput(out.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().remove("ONEDNN_MAX_CPU_ISA");
    builder.environment().put("LEARNING_LAB_HOME", home.toString());
    Process process = builder.start();
    // the deadline only keeps a broken start from hanging the suite; a healthy one takes seconds
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).isZero();
    return Json.mapper().readTree(Files.readString(out));
  }
}
