package dev.learninglab.labs.pipeline.model.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.learninglab.labs.pipeline.model.Node;
import dev.learninglab.labs.pipeline.model.NodeFunction;
import dev.learninglab.labs.pipeline.model.Pipeline;
import dev.learninglab.labs.pipeline.model.Slice;
import dev.learninglab.labs.pipeline.model.catalog.DataCatalog;
import dev.learninglab.labs.pipeline.model.catalog.Dataset;
import dev.learninglab.labs.pipeline.model.catalog.MemoryDataset;
import dev.learninglab.labs.pipeline.model.catalog.TextDataset;
import dev.learninglab.labs.pipeline.model.project.HelloProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunnerTest {
  @TempDir Path dir;

  private static List<NodeStatus> statuses(RunResult r) {
    return r.nodes().stream().map(NodeRun::status).toList();
  }

  @Test
  void helloWorldGivesHelloKedro() {
    RunResult r =
        Runner.run(
            "hello",
            HelloProject.pipeline(),
            DataCatalog.of(Map.of(), Map.of()),
            RunOptions.sequential(),
            new Hooks() {});
    assertThat(r.freeOutputs()).containsExactly(Map.entry("my_message", "Hello Kedro!"));
    assertThat(r.nodes())
        .extracting(NodeRun::name)
        .containsExactly("return_greeting", "join_statements");
    assertThat(statuses(r)).containsOnly(NodeStatus.DONE);
  }

  @Test
  void kedroDocsPipelineGivesTheVarianceAndParallelEqualsSequential() {
    Pipeline p = dev.learninglab.labs.pipeline.model.PipelineTestAccess.kedroDocs();
    Map<String, Dataset> data = Map.of("xs", new MemoryDataset("xs", List.of(1, 2, 3)));
    RunResult seq =
        Runner.run("d", p, DataCatalog.of(data, Map.of()), RunOptions.sequential(), new Hooks() {});
    RunResult par =
        Runner.run(
            "d",
            p,
            DataCatalog.of(Map.of("xs", new MemoryDataset("xs", List.of(1, 2, 3))), Map.of()),
            RunOptions.parallel(),
            new Hooks() {});
    assertThat((Double) seq.freeOutputs().get("v")).isEqualTo(14.0 / 3 - 4.0);
    assertThat(par.freeOutputs()).isEqualTo(seq.freeOutputs());
    assertThat(statuses(par)).containsOnly(NodeStatus.DONE);
  }

  @Test
  void parallelRunnerRunsIndependentNodesAtTheSameTimeButHonoursDependencies() {
    // the two middle nodes only finish if they are running concurrently
    CountDownLatch bothStarted = new CountDownLatch(2);
    NodeFunction meet =
        a -> {
          bothStarted.countDown();
          if (!bothStarted.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("ran alone");
          }
          return List.of(1);
        };
    Pipeline p =
        Pipeline.of(
            Node.builder("first", a -> List.of(0)).outputs("s").build(),
            Node.builder("left", meet).inputs("s").outputs("l").build(),
            Node.builder("right", meet).inputs("s").outputs("r").build(),
            Node.builder("last", a -> List.of((Integer) a.get(0) + (Integer) a.get(1)))
                .inputs("l", "r")
                .outputs("out")
                .build());
    RunResult r =
        Runner.run(
            "p",
            p,
            DataCatalog.of(Map.of(), Map.of()),
            new RunOptions(Slice.all(), 2, false, false),
            new Hooks() {});
    assertThat(r.error()).isNull();
    assertThat(r.freeOutputs()).containsEntry("out", 2);
  }

  private Pipeline fileChain(AtomicInteger calls, boolean failLast) {
    return Pipeline.of(
        Node.builder(
                "a",
                x -> {
                  calls.incrementAndGet();
                  return List.of("A" + x.get(0));
                })
            .inputs("params:suffix")
            .outputs("a_out")
            .build(),
        Node.builder(
                "b",
                x -> {
                  calls.incrementAndGet();
                  return List.of(x.get(0) + "B");
                })
            .inputs("a_out")
            .outputs("b_mem")
            .build(),
        Node.builder(
                "c",
                x -> {
                  calls.incrementAndGet();
                  if (failLast && Files.exists(dir.resolve("fail"))) {
                    throw new IllegalArgumentException("boom");
                  }
                  return List.of(x.get(0) + "C");
                })
            .inputs("b_mem")
            .outputs("c_out")
            .build());
  }

  private DataCatalog fileCatalog(Map<String, Object> params) {
    Map<String, Dataset> ds = new HashMap<>();
    ds.put("a_out", new TextDataset("a_out", dir.resolve("a.txt"), null));
    ds.put("c_out", new TextDataset("c_out", dir.resolve("c.txt"), null));
    return DataCatalog.of(ds, params);
  }

  @Test
  void failureNamesTheNodeKeepsSavedDataAndResumeFinishesTheRun() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    Files.writeString(dir.resolve("fail"), "");
    Pipeline p = fileChain(calls, true);
    RunResult failed =
        Runner.run(
            "p", p, fileCatalog(Map.of("suffix", "1")), RunOptions.sequential(), new Hooks() {});
    assertThat(failed.succeeded()).isFalse();
    assertThat(failed.failedNode()).isEqualTo("c");
    assertThat(failed.error()).contains("Node `c` failed (inputs [b_mem])").contains("boom");
    assertThat(statuses(failed))
        .containsExactly(NodeStatus.DONE, NodeStatus.DONE, NodeStatus.FAILED);
    assertThat(Files.readString(dir.resolve("a.txt"))).isEqualTo("A1");
    assertThat(dir.resolve("c.txt")).doesNotExist();
    // b's output lived in memory, so the resume starts at b, not at the failed node
    assertThat(failed.resumeFrom()).containsExactly("b");

    Files.delete(dir.resolve("fail"));
    RunResult resumed =
        Runner.run(
            "p",
            p,
            fileCatalog(Map.of("suffix", "1")),
            RunOptions.sequential().withSlice(Slice.all().withFromNodes(failed.resumeFrom())),
            new Hooks() {});
    assertThat(resumed.nodes()).extracting(NodeRun::name).containsExactly("b", "c");
    assertThat(Files.readString(dir.resolve("c.txt"))).isEqualTo("A1BC");
  }

  @Test
  void unknownFreeInputsAreReportedBeforeAnythingRuns() {
    AtomicInteger calls = new AtomicInteger();
    Pipeline p = fileChain(calls, false);
    assertThatThrownBy(
            () ->
                Runner.run(
                    "p",
                    p,
                    fileCatalog(Map.of("suffix", "1")),
                    RunOptions.sequential().withSlice(Slice.all().withFromNodes(List.of("c"))),
                    new Hooks() {}))
        .hasMessageContaining("Pipeline input(s) [b_mem] not found in the data catalog");
    assertThat(calls).hasValue(0);
  }

  @Test
  void onlyMissingOutputsSkipsNodesWhoseFilesExist() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    Pipeline p = fileChain(calls, false);
    Runner.run("p", p, fileCatalog(Map.of("suffix", "1")), RunOptions.sequential(), new Hooks() {});
    calls.set(0);
    RunResult again =
        Runner.run(
            "p",
            p,
            fileCatalog(Map.of("suffix", "1")),
            RunOptions.sequential().withOnlyMissingOutputs(true),
            new Hooks() {});
    assertThat(statuses(again)).containsOnly(NodeStatus.SKIPPED);
    assertThat(calls).hasValue(0);
    Files.delete(dir.resolve("c.txt"));
    RunResult partial =
        Runner.run(
            "p",
            p,
            fileCatalog(Map.of("suffix", "1")),
            RunOptions.sequential().withOnlyMissingOutputs(true),
            new Hooks() {});
    // c is missing; it needs b's memory output, so b runs too; a's file exists
    assertThat(statuses(partial))
        .containsExactly(NodeStatus.SKIPPED, NodeStatus.DONE, NodeStatus.DONE);
  }

  @Test
  void cacheSkipsUnchangedNodesAndAParameterChangeInvalidatesDownstream() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    RunOptions cached = RunOptions.sequential().withCache(true);
    Runner.run(
        "p", fileChain(calls, false), fileCatalog(Map.of("suffix", "1")), cached, new Hooks() {});
    assertThat(calls).hasValue(3);
    assertThat(dir.resolve("a.txt.fingerprint")).exists();

    calls.set(0);
    RunResult same =
        Runner.run(
            "p",
            fileChain(calls, false),
            fileCatalog(Map.of("suffix", "1")),
            cached,
            new Hooks() {});
    // a and c have persisted outputs with matching fingerprints; b's output is memory, so it runs
    assertThat(statuses(same))
        .containsExactly(NodeStatus.CACHED, NodeStatus.DONE, NodeStatus.CACHED);

    calls.set(0);
    RunResult changed =
        Runner.run(
            "p",
            fileChain(calls, false),
            fileCatalog(Map.of("suffix", "2")),
            cached,
            new Hooks() {});
    assertThat(statuses(changed)).containsOnly(NodeStatus.DONE);
    assertThat(Files.readString(dir.resolve("c.txt"))).isEqualTo("A2BC");

    Pipeline newCode =
        Pipeline.of(
            fileChain(calls, false).node("a"),
            fileChain(calls, false).node("b"),
            Node.builder("c", x -> List.of(x.get(0) + "c2"))
                .inputs("b_mem")
                .outputs("c_out")
                .codeVersion("2")
                .build());
    RunResult recoded =
        Runner.run("p", newCode, fileCatalog(Map.of("suffix", "2")), cached, new Hooks() {});
    assertThat(statuses(recoded))
        .containsExactly(NodeStatus.CACHED, NodeStatus.DONE, NodeStatus.DONE);
    assertThat(Files.readString(dir.resolve("c.txt"))).isEqualTo("A2Bc2");

    Files.writeString(dir.resolve("a.txt"), "edited by hand");
    RunResult edited =
        Runner.run("p", newCode, fileCatalog(Map.of("suffix", "2")), cached, new Hooks() {});
    // a's output is no longer what a's fingerprint produced (issue 30), so a runs again and
    // what follows sees a's own output again, so c, whose inputs are as before, stays cached
    assertThat(statuses(edited))
        .containsExactly(NodeStatus.DONE, NodeStatus.DONE, NodeStatus.CACHED);
    assertThat(Files.readString(dir.resolve("c.txt"))).isEqualTo("A2Bc2");
  }

  @Test
  void hooksSeeEveryNodeAndDatasetOperation() {
    Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    Hooks counting =
        new Hooks() {
          @Override
          public void beforeNodeRun(Node node, Map<String, Object> inputs) {
            counts.computeIfAbsent("beforeNode", k -> new AtomicInteger()).incrementAndGet();
          }

          @Override
          public void afterNodeRun(Node node, Map<String, Object> outputs, double seconds) {
            counts.computeIfAbsent("afterNode", k -> new AtomicInteger()).incrementAndGet();
          }

          @Override
          public void afterDatasetLoad(String dataset, Object value, double seconds) {
            counts.computeIfAbsent("load", k -> new AtomicInteger()).incrementAndGet();
          }

          @Override
          public void afterDatasetSave(String dataset, double seconds) {
            counts.computeIfAbsent("save", k -> new AtomicInteger()).incrementAndGet();
          }
        };
    Runner.run(
        "hello",
        HelloProject.pipeline(),
        DataCatalog.of(Map.of(), Map.of()),
        RunOptions.sequential(),
        counting);
    assertThat(counts.get("beforeNode")).hasValue(2);
    assertThat(counts.get("afterNode")).hasValue(2);
    assertThat(counts.get("load")).hasValue(1);
    assertThat(counts.get("save")).hasValue(2);
  }
}
