package dev.learninglab.labs.gauntlet.model.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The learner's JShell VM does not outlive the app: the app ({@link SandboxHostMain}, in a JVM of
 * its own) is killed with SIGKILL while learner code spins, and its VM must go too; the throw-away
 * folder it leaves is swept by the next session (issue 17 §4).
 *
 * <p>The waits are bounds for a loaded machine, not timing claims: each ends as soon as its event
 * happens.
 */
class ParentDeathTest {
  private static final long BOUND_SECONDS = 60;

  @TempDir Path dir;

  @Test
  void theVmEndsWhenTheAppIsKilledAndItsFolderIsSweptLater() throws Exception {
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path marker = dir.resolve("spinning");
    Path log = dir.resolve("app.log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process app =
        new ProcessBuilder(
                java,
                "-Djava.io.tmpdir=" + tmp,
                "-cp",
                System.getProperty("java.class.path"),
                SandboxHostMain.class.getName(),
                marker.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    List<ProcessHandle> vms = new ArrayList<>();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      while (!Files.exists(marker) && app.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(marker)
          .as("the learner code runs in the app's VM; the app said: %s", Files.readString(log))
          .exists();
      vms.addAll(
          app.toHandle()
              .descendants()
              .filter(p -> p.info().commandLine().orElse("").contains("RemoteExecutionControl"))
              .toList());
      assertThat(vms).as("the app's JShell VM").hasSize(1);
      Path scratch = Path.of(Files.readString(marker).trim());

      app.destroyForcibly(); // SIGKILL: nothing in the app runs any more
      app.waitFor(BOUND_SECONDS, TimeUnit.SECONDS);
      ProcessHandle vm = vms.get(0);
      try {
        vm.onExit().get(BOUND_SECONDS, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        // asserted below
      }
      assertThat(vm.isAlive()).as("the JShell VM %d after its app was killed", vm.pid()).isFalse();

      assertThat(scratch).as("the killed app could not delete its folder").isDirectory();
      ScratchFolders.sweep(tmp);
      assertThat(scratch).as("swept once its app is gone").doesNotExist();
    } finally {
      app.destroyForcibly();
      vms.forEach(ProcessHandle::destroyForcibly);
    }
  }

  @Test
  void aFolderOfALiveAppIsKeptAndOneWithoutAPidOnlyWhenOld() throws Exception {
    Path live =
        Files.createDirectory(dir.resolve("gauntlet-run-" + ProcessHandle.current().pid() + "-1"));
    Path fresh = Files.createDirectory(dir.resolve("gauntlet-run-12345"));
    Path old = Files.createDirectory(dir.resolve("gauntlet-run-67890"));
    Files.setLastModifiedTime(
        old, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 7_200_000));
    Path unrelated = Files.createDirectory(dir.resolve("gauntlet-run-notes"));
    ScratchFolders.sweep(dir);
    assertThat(live).exists();
    assertThat(fresh).exists();
    assertThat(old).doesNotExist();
    assertThat(unrelated).exists();
  }
}
