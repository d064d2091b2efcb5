package dev.learninglab.labs.gauntlet.model.run;

import static dev.learninglab.labs.gauntlet.model.GauntletTexts.T;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.io.LabHome;
import dev.learninglab.labs.gauntlet.model.Check;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.VarSnippet;

/**
 * A JShell whose code runs in a separate JVM (JShell's default remote execution), so learner code
 * can loop forever, call {@code System.exit} or exhaust its heap without touching the app.
 *
 * <p>Each {@link #run} starts from the same state: every snippet but the pack's imports and data is
 * dropped and the working folder is emptied, then the code runs, then the probes. The data ({@code
 * mpg}) is loaded again only when the last run may have changed it: the probe fingerprints the data
 * variables after each run, and a run that ended before probing, or changed or redeclared them,
 * marks the data for reloading (this saves two snippet compilations per run). A run that passes its
 * time limit is stopped; if stopping does not take within {@link #STOP_GRACE}, the VM is killed. A
 * VM that ended (exit, kill) is replaced on the next run. The VM can be started ahead of time with
 * {@link #warmUp()}.
 */
public final class JShellSession implements AutoCloseable {
  /** How long a stop request may take before the VM is killed. */
  static final Duration STOP_GRACE = Duration.ofSeconds(2);

  private static final String PROBE = "dev.learninglab.labs.gauntlet.probe.Probe";
  private static final String SANDBOX = "dev.learninglab.labs.gauntlet.probe.Sandbox";

  /**
   * Writable memory the learner VM may map beyond its heap: the JVM's own (metaspace, code, thread
   * stacks) and the natives' (PyTorch, OpenCV). Past it a native allocation fails in the learner's
   * code, as the heap cap makes a Java one fail, instead of taking the machine's memory.
   */
  static final int NATIVE_MEGABYTES = 1024;

  private final List<String> classPath;
  private final List<String> vmOptions;
  private final long dataBytes;
  private final Path scratch;
  private final String imports;
  private final String data;
  private final CappedOutput output = new CappedOutput(this::stopFlood);
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(r -> daemon(r, "gauntlet-jshell"));
  private volatile JShell shell;
  private volatile long remotePid = -1;
  private volatile String sandbox = "not started";
  private volatile boolean ended;
  private volatile boolean stopRequested;
  private final Set<Snippet> baseline = new HashSet<>();
  private List<VarSnippet> dataVars = List.of();
  private String dataFingerprint = "";
  private boolean dataDirty = true;

  /**
   * @param classPath entries for the compiler and the remote VM (see {@link ClassPaths})
   * @param heapMegabytes the remote VM's maximum heap, so a memory bomb ends there
   * @param imports the pack's import lines, run once per VM
   * @param data the pack's data code ({@code Table mpg = ...}), run again when changed
   */
  public JShellSession(List<String> classPath, int heapMegabytes, String imports, String data) {
    this(classPath, heapMegabytes, imports, data, List.of());
  }

  /**
   * As above, with {@code extraVmOptions} after the usual ones (a test runs a VM where the security
   * manager is disallowed, as Java 24+ does, to show what holds without it).
   */
  public JShellSession(
      List<String> classPath,
      int heapMegabytes,
      String imports,
      String data,
      List<String> extraVmOptions) {
    this.classPath = List.copyOf(classPath);
    this.scratch = ScratchFolders.create(ScratchFolders.systemRoot());
    List<String> options = new ArrayList<>();
    options.addAll(
        List.of(
            "-Xmx" + heapMegabytes + "m",
            "-Djava.awt.headless=true",
            "-XX:+UseSerialGC",
            "-Xss1m",
            // the learner's home and temporary files land in the throw-away folder, which is
            // also the VM's working directory (FolderLauncher)
            "-Duser.home=" + scratch,
            "-Duser.dir=" + scratch,
            "-Djava.io.tmpdir=" + scratch));
    // Java 18-23 need the security manager allowed; from 24 on the option stops the VM from
    // starting at all (JEP 486), and Sandbox.install reports the guard off
    if (Runtime.version().feature() < 24) {
      options.add("-Djava.security.manager=allow");
    }
    options.addAll(extraVmOptions);
    this.vmOptions = List.copyOf(options);
    this.dataBytes = (heapMegabytes + NATIVE_MEGABYTES) * (1L << 20);
    this.imports = imports;
    this.data = data;
  }

  /** Starts the VM if it is not running; blocks until it is ready. */
  public synchronized void warmUp() {
    if (shell == null || ended) {
      start();
    }
  }

  /**
   * Runs {@code code} (whose first line is template line {@code firstLine}) after the data, then
   * probes each check's expression; with {@code preview}, charts are also drawn.
   */
  public synchronized Evaluation run(
      String code, int firstLine, List<Check> checks, Duration limit, boolean preview) {
    warmUp();
    stopRequested = false;
    output.reset();
    // a file the reference (or an earlier run) wrote must not pass a check that asks for one
    ScratchFolders.empty(scratch);
    JShell current = shell;
    Future<Evaluation> job =
        worker.submit(() -> evaluate(current, code, firstLine, checks, preview));
    try {
      return await(job, limit);
    } finally {
      killChildrenOfTheVm();
    }
  }

  private Evaluation await(Future<Evaluation> job, Duration limit) {
    try {
      Evaluation done = job.get(limit.toMillis(), TimeUnit.MILLISECONDS);
      return output.flooded() ? flooded() : done;
    } catch (TimeoutException e) {
      if (output.flooded()) {
        halt(job, Evaluation.Ending.TIMEOUT, "");
        return flooded();
      }
      return halt(job, Evaluation.Ending.TIMEOUT, T.get("gauntlet.run.endless", limit.toSeconds()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return halt(job, Evaluation.Ending.STOPPED, "stopped");
    } catch (ExecutionException e) {
      if (ended) {
        return Evaluation.failed(Evaluation.Ending.VM_ENDED, vmEndedMessage(), 0, drainOutput());
      }
      throw new IllegalStateException("JShell failed: " + e.getCause(), e.getCause());
    }
  }

  private Evaluation flooded() {
    return Evaluation.failed(
        Evaluation.Ending.TIMEOUT,
        T.get("gauntlet.run.flooded", CappedOutput.FLOOD >> 20),
        0,
        drainOutput());
  }

  /**
   * Stops a run that floods its output. Called on JShell's output thread, which must keep draining
   * the VM's output meanwhile, so the stop request goes from a thread of its own.
   */
  private void stopFlood() {
    Thread t =
        daemon(
            () -> {
              JShell s = shell;
              if (s != null) {
                s.stop();
              }
            },
            "gauntlet-flood-stop");
    t.start();
  }

  /** Ends the VM; the next run starts a fresh one that no earlier code has touched. */
  public synchronized void discardVm() {
    kill();
  }

  /** Asks the running code to stop (the Stop button); the run then ends as STOPPED. */
  public void stop() {
    stopRequested = true;
    JShell s = shell;
    if (s != null) {
      s.stop();
    }
  }

  @Override
  public synchronized void close() {
    kill();
    worker.shutdownNow();
    ScratchFolders.delete(scratch);
  }

  /** "on" when the VM's guard is installed, else why not (see {@code probe.Sandbox}). */
  public String sandbox() {
    return sandbox;
  }

  /** The throw-away folder that is the learner code's working directory and home. */
  public Path scratch() {
    return scratch;
  }

  // processes the learner's code started must not outlive the run that started them
  private static void killChildren(ProcessHandle vm) {
    vm.descendants().forEach(ProcessHandle::destroyForcibly);
  }

  private void killChildrenOfTheVm() {
    long pid = remotePid;
    if (pid > 0) {
      ProcessHandle.of(pid).ifPresent(JShellSession::killChildren);
    }
  }

  private Evaluation evaluate(
      JShell s, String code, int firstLine, List<Check> checks, boolean preview) {
    for (Snippet snippet : s.snippets().toList()) {
      if (!baseline.contains(snippet) && s.status(snippet).isActive()) {
        s.drop(snippet);
      }
    }
    SnippetRunner runner = new SnippetRunner(s);
    if (dataDirty || dataVars.stream().anyMatch(v -> s.status(v) != Snippet.Status.VALID)) {
      loadData(s, runner);
    }
    dataDirty = true;
    Optional<SnippetRunner.Problem> problem = runner.run(code, firstLine);
    if (ended || stopRequested) {
      return Evaluation.failed(
          ended ? Evaluation.Ending.VM_ENDED : Evaluation.Ending.STOPPED,
          ended ? vmEndedMessage() : "stopped",
          0,
          drainOutput());
    }
    if (problem.isPresent()) {
      SnippetRunner.Problem p = problem.get();
      Evaluation.Ending ending =
          p.compile() ? Evaluation.Ending.COMPILE_ERROR : Evaluation.Ending.RUNTIME_ERROR;
      return Evaluation.failed(ending, p.message(), p.line(), drainOutput());
    }
    return new Evaluation(
        Evaluation.Ending.COMPLETED, "", 0, drainOutput(), probeAll(runner, checks, preview));
  }

  /** Runs the data code and remembers its variables and their fingerprint. */
  private void loadData(JShell s, SnippetRunner runner) {
    if (dataVars.stream().allMatch(v -> s.status(v) == Snippet.Status.VALID)
        && !dataVars.isEmpty()) {
      runner.string(PROBE + ".release(" + dataArray() + ")");
    }
    Set<Snippet> before = s.snippets().collect(Collectors.toSet());
    runner
        .run(data, 1)
        .ifPresent(
            p -> {
              throw new IllegalStateException("the pack's data code failed: " + p.message());
            });
    List<Snippet> added = s.snippets().filter(x -> !before.contains(x)).toList();
    baseline.addAll(added);
    dataVars =
        added.stream().filter(VarSnippet.class::isInstance).map(VarSnippet.class::cast).toList();
    SnippetRunner.Result<String> print = runner.string(PROBE + ".fingerprint(" + dataArray() + ")");
    if (print.problem() != null) {
      throw new IllegalStateException(
          "cannot fingerprint the pack's data: " + print.problem().message());
    }
    dataFingerprint = JavaLiterals.unquote(print.value());
    dataDirty = false;
  }

  private String dataArray() {
    return "new Object[] {"
        + dataVars.stream().map(VarSnippet::name).collect(Collectors.joining(", "))
        + "}";
  }

  /**
   * All checks in one evaluation; when that does not compile, one at a time to say which failed.
   */
  private List<Evaluation.Probed> probeAll(
      SnippetRunner runner, List<Check> checks, boolean preview) {
    List<String> expressions = checks.stream().map(Check::expression).toList();
    SnippetRunner.Result<JsonNode> all = probe(runner, expressions, preview);
    if (all.problem() != null) {
      return checks.stream().map(c -> single(runner, c.expression(), preview)).toList();
    }
    List<Evaluation.Probed> values = new ArrayList<>();
    for (int i = 0; i < checks.size(); i++) {
      JsonNode item = all.value().get(i);
      values.add(
          new Evaluation.Probed(
              expressions.get(i),
              item.get("value").toString(),
              null,
              false,
              item.path("png").asText()));
    }
    return values;
  }

  private Evaluation.Probed single(SnippetRunner runner, String expression, boolean preview) {
    SnippetRunner.Result<JsonNode> one = probe(runner, List.of(expression), preview);
    if (one.problem() != null) {
      return new Evaluation.Probed(
          expression, null, one.problem().message(), !one.problem().compile(), "");
    }
    JsonNode item = one.value().get(0);
    return new Evaluation.Probed(
        expression, item.get("value").toString(), null, false, item.path("png").asText());
  }

  /** Runs the probe on the expressions and reads its (chunked, compressed) answer back. */
  private SnippetRunner.Result<JsonNode> probe(
      SnippetRunner runner, List<String> expressions, boolean preview) {
    String args =
        expressions.stream().map(x -> "(Object) (" + x + ")").collect(Collectors.joining(", "));
    SnippetRunner.Result<String> first =
        runner.string(
            PROBE
                + ".all("
                + preview
                + ", new Object[] {"
                + args
                + "}, "
                + dataArray()
                + ", "
                + JavaLiterals.quote(answerFile().toString())
                + ")");
    if (first.problem() != null) {
      return SnippetRunner.Result.failure(first.problem());
    }
    try {
      String[] head = JavaLiterals.unquote(first.value()).split(":", 3);
      int chunks = Integer.parseInt(head[0]);
      dataDirty = !head[1].equals(dataFingerprint);
      StringBuilder encoded = new StringBuilder(head[2]);
      if (chunks == 0) {
        encoded.append(readAnswerFile());
      }
      for (int i = 1; i < chunks; i++) {
        SnippetRunner.Result<String> next = runner.string(PROBE + ".chunk(" + i + ")");
        if (next.problem() != null) {
          return SnippetRunner.Result.failure(next.problem());
        }
        encoded.append(JavaLiterals.unquote(next.value()));
      }
      return SnippetRunner.Result.success(
          wellFormed(ProbeJson.parseCompressed(encoded.toString()), expressions.size()));
    } catch (RuntimeException e) {
      // the probe lives in the learner's VM, where reflection can reach it: a garbled answer
      // fails this section only, and the verdict is still made here, from the values
      dataDirty = true;
      return SnippetRunner.Result.failure(
          new SnippetRunner.Problem(
              false, "the checker's probe gave an unreadable answer (was it changed?)", 0));
    }
  }

  /** Where the probe writes its answer: in the VM's working folder, emptied before every run. */
  private Path answerFile() {
    return scratch.resolve(".gauntlet-probe-answer");
  }

  private String readAnswerFile() {
    try {
      return Files.readString(answerFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        Files.deleteIfExists(answerFile());
      } catch (IOException e) {
        // emptied with the working folder before the next run anyway
      }
    }
  }

  /** The probe's answer if it has the shape the probe gives: one {"value": ...} per expression. */
  private static JsonNode wellFormed(JsonNode answer, int expressions) {
    boolean ok = answer.isArray() && answer.size() == expressions;
    for (int i = 0; ok && i < expressions; i++) {
      ok = answer.get(i).isObject() && answer.get(i).hasNonNull("value");
    }
    if (!ok) {
      throw new IllegalArgumentException("not the probe's shape");
    }
    return answer;
  }

  private Evaluation halt(Future<Evaluation> job, Evaluation.Ending ending, String message) {
    stop();
    try {
      job.get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      kill();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill();
    }
    return Evaluation.failed(ending, message, 0, drainOutput());
  }

  private void start() {
    kill();
    ended = false;
    PrintStream sink = new PrintStream(output, true, StandardCharsets.UTF_8);
    JShell s =
        JShell.builder()
            .in(InputStream.nullInputStream())
            .out(sink)
            .err(sink)
            .remoteVMOptions(vmOptions.toArray(String[]::new))
            .executionEngine(
                new FolderLauncher(scratch, dataBytes, vm -> remotePid = vm.pid()), Map.of())
            .build();
    s.onShutdown(closed -> ended = true);
    classPath.forEach(s::addToClasspath);
    SnippetRunner runner = new SnippetRunner(s);
    runner
        .run(imports, 1)
        .ifPresent(
            p -> {
              throw new IllegalStateException(
                  "JShell could not import the pack's classes: "
                      + p.message()
                      + " (class path: "
                      + classPath.stream().collect(Collectors.joining(java.io.File.pathSeparator))
                      + ")");
            });
    SnippetRunner.Result<String> guard =
        runner.string(
            SANDBOX
                + ".install("
                + ProcessHandle.current().pid()
                + "L, "
                + JavaLiterals.quote(LabHome.dir().toAbsolutePath().toString())
                + ")");
    sandbox =
        guard.problem() == null ? JavaLiterals.unquote(guard.value()) : guard.problem().message();
    baseline.clear();
    baseline.addAll(s.snippets().toList());
    dataVars = List.of();
    dataDirty = true;
    shell = s;
  }

  /** Ends the VM for sure: JShell's close, and the process itself if it is still there. */
  private void kill() {
    JShell s = shell;
    shell = null;
    ended = true;
    long pid = remotePid;
    remotePid = -1;
    if (pid > 0) {
      ProcessHandle.of(pid)
          .ifPresent(
              vm -> {
                killChildren(vm);
                vm.destroyForcibly();
              });
    }
    if (s != null) {
      try {
        s.close();
      } catch (RuntimeException e) {
        // the VM is gone already; closing what is left cannot fail the learner's run
      }
    }
  }

  private String vmEndedMessage() {
    return T.get("gauntlet.run.vmEnded");
  }

  private String drainOutput() {
    return output.text();
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
