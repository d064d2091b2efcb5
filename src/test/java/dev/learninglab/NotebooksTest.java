package dev.learninglab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.testing.Mirror;
import dev.learninglab.testing.TwoAtATime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JShell notebook of {@code notebooks-equivalent/} runs to the end against the compiled
 * classes, as a learner runs it ({@code jshell --class-path … notebooks-equivalent/X.jsh}), so a
 * change of API cannot leave a notebook broken. Each run is a fresh jshell process (a few seconds
 * to a minute on a loaded machine); notebooks that need snapshot data skip without the mirror. Its
 * work is all in those processes, so it runs beside the other test classes.
 */
@Execution(ExecutionMode.CONCURRENT)
class NotebooksTest {

  private static final Path FOLDER = Path.of("notebooks-equivalent");

  /**
   * A notebook, a line it prints near its end, and the catalogued datasets it cannot do without.
   */
  record Notebook(String file, String keyOutput, List<String> datasets) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Notebook> notebooks() {
    return Stream.of(
        new Notebook("audio.jsh", "MFCC shape (20, ", List.of()),
        new Notebook("captioning.jsh", "beam 3: ", List.of()),
        new Notebook("depth-chart.jsh", "of the mid: bids ", List.of()),
        new Notebook("edit-distance.jsh", "100,000 characters each: distance ", List.of()),
        new Notebook("forecast.jsh", "report written: ", List.of()),
        new Notebook("gauntlet.jsh", "hwy: sum ", List.of()),
        new Notebook("iin.jsh", "swap through the IIN: digit ", List.of("mnist-test")),
        new Notebook("learning-curves.jsh", "images for 97%: ", List.of()),
        new Notebook("naive-bayes.jsh", "digits, Bernoulli pixel > 4: ", List.of()),
        new Notebook("pipeline.jsh", "versions of the regressor: ", List.of("spaceflights")),
        new Notebook(
            "smell.jsh",
            "of the embeddings' variance",
            List.of("learning-to-smell", "openpom-gs-lf")),
        new Notebook("super-resolution.jsh", "ONNX Runtime mean: ", List.of("sr-set5")));
  }

  @Test
  void everyNotebookIsRunByThisTest() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsh")))
          .containsExactlyInAnyOrderElementsOf(notebooks().map(Notebook::file).toList());
    }
  }

  /** What one notebook's jshell did: whether it ended in time, its exit code and its output. */
  record Outcome(boolean ended, int exit, String out) {}

  private static final Map<String, Outcome> OUTCOMES = new ConcurrentHashMap<>();

  /**
   * Runs the notebooks up front, two at a time (each is its own jshell process with its own lab
   * home); notebooks whose datasets are not here are left for their test to skip.
   */
  @BeforeAll
  static void runEveryNotebook(@TempDir Path tmp) throws Exception {
    List<Notebook> runnable =
        notebooks().filter(n -> n.datasets().stream().allMatch(Mirror::has)).toList();
    TwoAtATime.each(runnable, n -> OUTCOMES.put(n.file(), run(n, tmp.resolve(n.file()))));
  }

  private static Outcome run(Notebook notebook, Path tmp) throws IOException, InterruptedException {
    Files.createDirectories(tmp);
    Path log = tmp.resolve("out.txt");
    Process jshell =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "jshell").toString(),
                // the notebook's VM runs like the tests: its own lab home, offline
                "-R-Dlearninglab.home=" + tmp.resolve("home"),
                "-R-Dlearninglab.offline=true",
                "-R-Dai.djl.offline=true",
                "--class-path",
                System.getProperty("java.class.path"),
                FOLDER.resolve(notebook.file()).toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    jshell.getOutputStream().close(); // a notebook that forgot /exit ends instead of waiting
    boolean ended = jshell.waitFor(10, TimeUnit.MINUTES);
    if (!ended) {
      jshell.destroyForcibly();
    }
    return new Outcome(
        ended, ended ? jshell.exitValue() : -1, Files.readString(log, StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notebooks")
  void runsToTheEnd(Notebook notebook) {
    if (!notebook.datasets().isEmpty()) {
      Mirror.assumeDatasets(notebook.datasets().toArray(String[]::new));
    }
    Outcome o = OUTCOMES.get(notebook.file());
    String out = o.out();
    assertThat(o.ended()).as("%s ended within 10 minutes; printed:%n%s", notebook, out).isTrue();
    assertThat(o.exit()).as(out).isZero();
    // jshell carries on after a failing snippet, so its failures are found in what it printed
    assertThat(
            out.lines().filter(l -> l.startsWith("Error:") || l.matches("^(\\|  )?Exception .*")))
        .as("%s reported failures; it printed:%n%s", notebook, out)
        .isEmpty();
    assertThat(out).contains(notebook.keyOutput());
  }
}
