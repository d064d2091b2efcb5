package dev.learninglab.labs.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.io.ProcessLock;
import dev.learninglab.labs.pipeline.model.project.ProjectSession;
import dev.learninglab.testing.Cli;
import dev.learninglab.testing.LockHolder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 30, part 1: two runs of one project exclude each other, the cache never serves an output
 * its fingerprint did not produce, and a misspelt {@code --params} key is an error.
 */
class PipelineConcurrencyTest {
  @TempDir Path tmp;

  private Path hello() {
    Path dir = tmp.resolve("hello");
    assertThat(Cli.run("pipeline", "new", dir.toString(), "--starter", "hello").code()).isZero();
    return dir;
  }

  @Test
  void aRunWhileAnotherProcessHoldsTheProjectIsRefusedNamingIt() throws Exception {
    Path dir = hello();
    try (LockHolder other = LockHolder.start(dir.resolve(ProjectSession.LOCK_FILE))) {
      Cli r = Cli.run("pipeline", "run", "--project", dir.toString(), "--json");
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.out()).isEmpty();
      assertThat(r.err().strip())
          .contains("is busy: another run (process " + other.pid() + ") is using it")
          .doesNotContain("\n");
      assertThat(dir.resolve("data/08_reporting/my_message.txt")).doesNotExist();
      assertThat(dir.resolve("logs/runs"))
          .satisfiesAnyOf(p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
    }
    // once the other process is gone (its lock goes with it) the project runs
    assertThat(Cli.run("pipeline", "run", "--project", dir.toString()).code()).isZero();
  }

  @Test
  void aSecondRunInThisProcessIsRefusedToo() throws Exception {
    Path dir = hello();
    try (ProcessLock held = ProcessLock.tryHold(dir.resolve(ProjectSession.LOCK_FILE)).get()) {
      Cli r = Cli.run("pipeline", "run", "--project", dir.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err()).contains("is busy: another run in this window is using it");
    }
  }

  @Test
  void theCacheDoesNotServeAnOutputItsFingerprintDidNotProduce() throws Exception {
    Path dir = hello();
    assertThat(Cli.run("pipeline", "run", "--project", dir.toString(), "--cache").code()).isZero();
    Path message = dir.resolve("data/08_reporting/my_message.txt");
    // what another run (or a hand) left in the output after the fingerprint was written
    Files.writeString(message, "Goodbye");
    Cli again = Cli.run("pipeline", "run", "--project", dir.toString(), "--cache", "--json");
    assertThat(again.code()).isZero();
    assertThat(again.json().get("nodes").findValuesAsText("status"))
        .doesNotContain("cached", "skipped");
    assertThat(Files.readString(message)).isEqualTo("Hello Kedro!");
    Cli third = Cli.run("pipeline", "run", "--project", dir.toString(), "--cache", "--json");
    assertThat(third.json().get("nodes").get(1).get("status").asText()).isNotEqualTo("done");
  }

  @Test
  void aMisspeltParameterKeyIsAnErrorNamingTheNearestKey() throws Exception {
    Path dir = tmp.resolve("sf");
    assertThat(Cli.run("pipeline", "new", dir.toString(), "--starter", "spaceflights").code())
        .isZero();
    Cli r =
        Cli.run(
            "pipeline",
            "run",
            "--project",
            dir.toString(),
            "--params",
            "model_option.test_size=0.5");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip())
        .endsWith(
            "Unknown parameter `model_option.test_size`; did you mean `model_options.test_size`?");
    assertThat(dir.resolve("logs/runs"))
        .satisfiesAnyOf(p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
    Cli far = Cli.run("pipeline", "run", "--project", dir.toString(), "--params", "zzzzzzzz=1");
    assertThat(far.err()).contains("Unknown parameter `zzzzzzzz`; known: model_options");
  }
}
