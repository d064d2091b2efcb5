package dev.learninglab.labs.pipeline.view;

import static dev.learninglab.labs.pipeline.model.PipelineTexts.T;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.task.TaskHandle;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.labs.pipeline.model.Node;
import dev.learninglab.labs.pipeline.model.Pipeline;
import dev.learninglab.labs.pipeline.model.Slice;
import dev.learninglab.labs.pipeline.model.project.Project;
import dev.learninglab.labs.pipeline.model.project.ProjectRun;
import dev.learninglab.labs.pipeline.model.project.ProjectSession;
import dev.learninglab.labs.pipeline.model.run.LiveStatus;
import dev.learninglab.labs.pipeline.model.run.RunOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;

/**
 * The view's state and actions: the open project and pipeline, collapsed namespaces, search,
 * selection, parameter overrides, live run status. Runs go to the task service; listeners are told
 * on the event thread.
 */
final class PipelineController {
  private final LabContext context;
  private final List<Runnable> listeners = new ArrayList<>();
  private final LiveStatus status = new LiveStatus(() -> SwingUtilities.invokeLater(this::fire));
  private final Set<String> collapsed = new LinkedHashSet<>();
  private final Map<String, Object> overrides = new LinkedHashMap<>();
  private ProjectSession session;
  private String pipelineName = "__default__";
  private String selection;
  private String search = "";
  private Supplier<String> message = () -> "";
  private ProjectRun lastRun;
  private boolean running;

  PipelineController(LabContext context) {
    this.context = context;
  }

  void addListener(Runnable r) {
    listeners.add(r);
  }

  void fire() {
    listeners.forEach(Runnable::run);
  }

  void open(Project project) {
    session = new ProjectSession(project);
    pipelineName =
        project.pipelineNames().contains("__default__")
            ? "__default__"
            : project.pipelineNames().get(0);
    collapsed.clear();
    overrides.clear();
    selection = null;
    lastRun = null;
    String dir = project.dir().toString();
    message = () -> T.get("pipeline.opened", dir);
    fire();
  }

  boolean hasProject() {
    return session != null;
  }

  Project project() {
    return session.project();
  }

  ProjectSession session() {
    return session;
  }

  Pipeline pipeline() {
    return session.project().pipeline(pipelineName);
  }

  String pipelineName() {
    return pipelineName;
  }

  void selectPipeline(String name) {
    pipelineName = name;
    selection = null;
    fire();
  }

  Set<String> collapsed() {
    return collapsed;
  }

  void toggleNamespace(String ns) {
    if (!collapsed.remove(ns)) {
      collapsed.add(ns);
    }
    fire();
  }

  /** The namespaces of the current pipeline (outermost level). */
  List<String> namespaces() {
    Set<String> out = new LinkedHashSet<>();
    for (Node n : pipeline().nodes()) {
      if (n.namespace() != null) {
        out.add(n.namespace().split("\\.")[0]);
      }
    }
    return new ArrayList<>(out);
  }

  String selection() {
    return selection;
  }

  void select(String id) {
    selection = id;
    fire();
  }

  String search() {
    return search;
  }

  void setSearch(String text) {
    search = text == null ? "" : text.trim();
    fire();
  }

  LiveStatus status() {
    return status;
  }

  Map<String, Object> overrides() {
    return overrides;
  }

  void setOverride(String key, Object value) {
    overrides.put(key, value);
    message = () -> T.get("pipeline.parameterSet", key, String.valueOf(value));
    fire();
  }

  /** The status line, worded when it is shown (so it follows the language). */
  Supplier<String> message() {
    return message;
  }

  ProjectRun lastRun() {
    return lastRun;
  }

  boolean running() {
    return running;
  }

  /** Starts a run in the background; the status board fills in as nodes go. */
  TaskHandle<ProjectRun> run(Slice slice, boolean parallel, boolean onlyMissing, boolean cache) {
    RunOptions options =
        (parallel ? RunOptions.parallel() : RunOptions.sequential())
            .withSlice(slice)
            .withOnlyMissingOutputs(onlyMissing)
            .withCache(cache);
    Map<String, Object> params = Map.copyOf(overrides);
    String name = pipelineName;
    ProjectSession s = session;
    running = true;
    message = () -> T.get("pipeline.running", name);
    fire();
    TaskHandle<ProjectRun> handle =
        context
            .tasks()
            .submit(T.get("pipeline.task.run", name), p -> s.run(name, options, params, status));
    OnEdt.after(handle, this::finished, this::notStarted);
    return handle;
  }

  /** Where the panels run their own background work (the status bar lists it). */
  TaskService tasks() {
    return context.tasks();
  }

  private void notStarted(TaskEnd end) {
    running = false;
    lastRun = null;
    message = () -> T.get("pipeline.notStarted", end.message());
    fire();
  }

  private void finished(ProjectRun run) {
    running = false;
    lastRun = run;
    if (!run.succeeded()) {
      message = () -> T.get("pipeline.failed", run.error(), String.valueOf(run.resumeFrom()));
    } else if (run.metrics().isEmpty()) {
      message = () -> T.get("pipeline.finished", run.seconds());
    } else {
      message =
          () -> T.get("pipeline.finishedMetrics", run.seconds(), String.valueOf(run.metrics()));
    }
    fire();
  }
}
