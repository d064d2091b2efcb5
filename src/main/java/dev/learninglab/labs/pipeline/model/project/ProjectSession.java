package dev.learninglab.labs.pipeline.model.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.learninglab.core.io.AtomicFiles;
import dev.learninglab.core.io.ProcessLock;
import dev.learninglab.labs.pipeline.model.Pipeline;
import dev.learninglab.labs.pipeline.model.PipelineException;
import dev.learninglab.labs.pipeline.model.catalog.DataCatalog;
import dev.learninglab.labs.pipeline.model.catalog.Dataset;
import dev.learninglab.labs.pipeline.model.catalog.TablesawWarmUp;
import dev.learninglab.labs.pipeline.model.run.Hooks;
import dev.learninglab.labs.pipeline.model.run.RunOptions;
import dev.learninglab.labs.pipeline.model.run.RunResult;
import dev.learninglab.labs.pipeline.model.run.Runner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** Runs a project's pipelines and keeps their history in {@code logs/runs}. */
public final class ProjectSession {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The lock file in a project's folder that one run at a time holds. */
  public static final String LOCK_FILE = ".run.lock";

  private final Project project;

  public ProjectSession(Project project) {
    this.project = project;
  }

  public Project project() {
    return project;
  }

  /**
   * Runs a pipeline, writes the run record, and returns it (failures of the nodes included, never
   * thrown). Runs of one project exclude each other (decision: a lock, not per-run scratch folders,
   * because a run's outputs, fingerprints and metrics are the project's files that the next run and
   * the cache read): a second run while one holds the project is refused at once with the holder's
   * pid, before anything is read or written.
   *
   * @throws PipelineException when another run (in this process or another) holds the project
   */
  public ProjectRun run(
      String pipeline, RunOptions options, Map<String, Object> paramOverrides, Hooks extra) {
    Path lockFile = project.dir().resolve(LOCK_FILE);
    Optional<ProcessLock> lock;
    try {
      lock = ProcessLock.tryHold(lockFile);
    } catch (IOException e) {
      throw new PipelineException(
          "Cannot lock the project " + project.dir() + " for this run: " + e.getMessage(), e);
    }
    if (lock.isEmpty()) {
      throw new PipelineException(busyMessage(lockFile));
    }
    try (ProcessLock held = lock.get()) {
      return runHolding(pipeline, options, paramOverrides, extra);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot release the lock " + lockFile, e);
    }
  }

  private String busyMessage(Path lockFile) {
    OptionalLong pid = ProcessLock.holder(lockFile);
    String who =
        pid.isPresent() && pid.getAsLong() == ProcessHandle.current().pid()
            ? "another run in this window"
            : pid.isPresent() ? "another run (process " + pid.getAsLong() + ")" : "another run";
    return "Project "
        + project.dir()
        + " is busy: "
        + who
        + " is using it; wait for it to finish, then run again";
  }

  private ProjectRun runHolding(
      String pipeline, RunOptions options, Map<String, Object> paramOverrides, Hooks extra) {
    String started = Instant.now().toString();
    DataCatalog catalog = project.catalog(paramOverrides);
    Pipeline nodes = project.pipeline(pipeline);
    TablesawWarmUp.awaitIfStarted();
    RunRecorder recorder = new RunRecorder();
    RunResult result =
        Runner.run(pipeline, nodes, catalog, options, Hooks.all(List.of(recorder, extra)));
    String id = dev.learninglab.labs.pipeline.model.catalog.Versioning.newVersion();
    ProjectRun run =
        ProjectRun.of(
            id,
            options.threads() == 1 ? "sequential" : "parallel",
            started,
            result,
            recorder.datasets(),
            metrics(catalog, result));
    try {
      AtomicFiles.writeString(
          project.runsDir().resolve(id + ".json"), MAPPER.writeValueAsString(run));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the run record under " + project.runsDir(), e);
    }
    return run;
  }

  private Map<String, Object> metrics(DataCatalog catalog, RunResult result) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String name : project.definition().metricsDatasets()) {
      Dataset d = catalog.get(name);
      if (d.exists() && result.succeeded()) {
        Object v = d.load();
        if (v instanceof Map<?, ?> m) {
          m.forEach((k, val) -> out.put(String.valueOf(k), val));
        }
      }
    }
    return out;
  }

  /** Past runs, newest first. */
  public List<ProjectRun> history() {
    Path dir = project.runsDir();
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<ProjectRun> runs = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        try {
          runs.add(0, MAPPER.readValue(f.toFile(), ProjectRun.class));
        } catch (IOException e) {
          // a damaged record is left out rather than hiding the others
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + dir, e);
    }
    return runs;
  }
}
