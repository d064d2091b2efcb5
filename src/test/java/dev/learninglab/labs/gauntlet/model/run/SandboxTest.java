package dev.learninglab.labs.gauntlet.model.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.io.LabHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Learner code cannot reach the app's files, the network, or outlive its run (issue 17 §4). */
class SandboxTest {
  private static final Duration LIMIT = Duration.ofSeconds(30);
  private static JShellSession session;

  @BeforeAll
  static void start() {
    session = new JShellSession(ClassPaths.current(), 256, "import java.nio.file.*;", "");
    session.warmUp();
  }

  @AfterAll
  static void stop() {
    session.close();
  }

  private static Evaluation run(String code) {
    return session.run(code, 1, List.of(), LIMIT, false);
  }

  /**
   * Native memory (OpenCV's images, PyTorch's tensors) lies outside the 256 MB heap: the VM's
   * writable memory as a whole is capped too, so a 3.2 GB tensor is refused. PyTorch leaves a new
   * tensor's memory untouched, so without the cap the test asks nothing of the machine.
   */
  @Test
  void nativeMemoryBeyondTheCapIsRefused() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/prlimit")), "the cap needs Linux's prlimit");
    try (JShellSession djl =
        new JShellSession(
            ClassPaths.current(),
            256,
            "",
            "",
            LearnerVmOptions.of(List.of(), dev.learninglab.core.data.DatasetResolver.standard()))) {
      Evaluation e =
          djl.run(
              "var m = ai.djl.ndarray.NDManager.newBaseManager();"
                  + "var x = m.create(new ai.djl.ndarray.types.Shape(800_000_000L));"
                  + "System.out.println(\"allocated\");",
              1,
              List.of(),
              LIMIT,
              false);
      assertThat(e.output()).doesNotContain("allocated");
      assertThat(e.ending()).isEqualTo(Evaluation.Ending.RUNTIME_ERROR);
      assertThat(e.message()).containsIgnoringCase("memory");
    }
  }

  @Test
  void theGuardIsOn() {
    assertThat(session.sandbox()).isEqualTo("on");
  }

  @Test
  void theAppsOwnFilesCannotBeOverwrittenOrDeleted() throws Exception {
    Path settings = LabHome.dir().toAbsolutePath().resolve("settings.json");
    Files.createDirectories(settings.getParent());
    Files.writeString(settings, "{\"kept\":true}");
    String path = settings.toString().replace("\\", "\\\\");
    Evaluation write = run("Files.writeString(Path.of(\"" + path + "\"), \"\");");
    assertThat(write.ending()).isEqualTo(Evaluation.Ending.RUNTIME_ERROR);
    assertThat(write.message()).contains("does not let code change the app's own files");
    Evaluation delete = run("Files.delete(Path.of(\"" + path + "\"));");
    assertThat(delete.ending()).isEqualTo(Evaluation.Ending.RUNTIME_ERROR);
    assertThat(settings).hasContent("{\"kept\":true}");
  }

  @Test
  void homeAndWorkingFolderAreAThrowAwayFolder() {
    Evaluation e =
        run(
            "System.out.println(System.getProperty(\"user.home\"));"
                + "Files.writeString(Path.of(\"relative.txt\"), \"x\");"
                + "System.out.println(Path.of(\"relative.txt\").toAbsolutePath());");
    assertThat(e.ending()).as(e.message()).isEqualTo(Evaluation.Ending.COMPLETED);
    assertThat(e.output())
        .contains(session.scratch().toString())
        .contains(session.scratch().resolve("relative.txt").toString());
    assertThat(session.scratch().resolve("relative.txt")).hasContent("x");
  }

  @Test
  void theVmAndItsChildProcessesRunInTheThrowAwayFolder() throws Exception {
    Evaluation e =
        run(
            "System.out.println(\"canonical=\" + new java.io.File(\".\").getCanonicalPath());"
                + "Process p = new ProcessBuilder(\"pwd\").start();"
                + "System.out.println(\"child=\" + new String(p.getInputStream().readAllBytes()).trim());"
                + "p.waitFor();");
    assertThat(e.ending()).as(e.message()).isEqualTo(Evaluation.Ending.COMPLETED);
    String real = session.scratch().toRealPath().toString();
    assertThat(e.output()).contains("canonical=" + real).contains("child=" + real);
  }

  @Test
  void networkConnectionsAreRefused() {
    Evaluation e = run("new java.net.Socket(\"127.0.0.1\", 9);");
    assertThat(e.ending()).isEqualTo(Evaluation.Ending.RUNTIME_ERROR);
    assertThat(e.message()).contains("network access is off");
  }

  @Test
  void theGuardCannotBeRemoved() {
    Evaluation e = run("System.setSecurityManager(null);");
    assertThat(e.ending()).isEqualTo(Evaluation.Ending.RUNTIME_ERROR);
    assertThat(e.message()).contains("cannot be replaced");
  }

  @Test
  void aProcessStartedByTheCodeDoesNotOutliveTheRun() throws Exception {
    Evaluation e =
        run(
            "Process p = new ProcessBuilder(\"sleep\", \"600\").start();"
                + "System.out.println(\"pid=\" + p.pid());");
    assertThat(e.ending()).as(e.message()).isEqualTo(Evaluation.Ending.COMPLETED);
    long pid = Long.parseLong(e.output().replaceAll("(?s).*pid=(\\d+).*", "$1"));
    ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(60, TimeUnit.SECONDS).join());
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
  }
}
