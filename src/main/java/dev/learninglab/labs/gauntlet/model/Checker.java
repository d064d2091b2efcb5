package dev.learninglab.labs.gauntlet.model;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.labs.gauntlet.model.run.ClassPaths;
import dev.learninglab.labs.gauntlet.model.run.Evaluation;
import dev.learninglab.labs.gauntlet.model.run.JShellSession;
import dev.learninglab.labs.gauntlet.model.run.LearnerVmOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs and checks a pack's sections in a {@link JShellSession}: the reference solution gives the
 * expected values (computed once per section and kept), the learner's code the actual ones, and
 * {@link ResultDiff} compares them.
 *
 * <pre>{@code
 * try (Checker checker = Checker.open(Packs.load("wrangling"))) {
 *   CheckReport report = checker.check(Files.readString(file), Duration.ofSeconds(10));
 * }
 * }</pre>
 */
public final class Checker implements AutoCloseable {
  /** The default time limit per section. */
  public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(10);

  /**
   * Heap of the JShell VM: enough for mpg many times over, small enough to stop a memory bomb
   * quickly.
   */
  static final int HEAP_MEGABYTES = 256;

  private static final Duration REFERENCE_LIMIT = Duration.ofSeconds(60);

  private final Pack pack;
  private final JShellSession session;
  private final Map<Integer, List<String>> expected = new ConcurrentHashMap<>();
  private volatile boolean learnerCodeRan;

  public Checker(Pack pack, JShellSession session) {
    this.pack = pack;
    this.session = session;
  }

  /**
   * A checker whose JShell VM runs with this app's class path and the datasets the pack names
   * (those already on this machine).
   */
  public static Checker open(Pack pack) {
    return new Checker(
        pack,
        new JShellSession(
            ClassPaths.current(),
            HEAP_MEGABYTES,
            pack.imports(),
            pack.data(),
            LearnerVmOptions.of(pack.datasets(), DatasetResolver.standard())));
  }

  public Pack pack() {
    return pack;
  }

  /**
   * Starts the JShell VM now and computes section 1's expected values, so the first run does not
   * wait for either (and the app's Java compiler is warm by then).
   */
  public void warmUp() {
    session.warmUp();
    expectedValues(pack.sections().get(0));
  }

  /** Computes every section's expected values (once; {@link #run} does it before learner code). */
  public void prepare() {
    pack.sections().forEach(this::expectedValues);
  }

  /** Asks the running section to stop. */
  public void stop() {
    session.stop();
  }

  /**
   * Checks every section of a filled template, in order; missing sections count as empty. Only the
   * written sections' expected values are computed (all before the first of them runs), so a
   * template with two sections filled waits for two reference runs, not the whole pack's.
   */
  public CheckReport check(String template, Duration limit) {
    Map<Integer, SectionCode> written = TemplateParser.sections(template);
    List<Section> toRun =
        pack.sections().stream()
            .filter(s -> written.containsKey(s.number()) && !written.get(s.number()).isEmpty())
            .toList();
    toRun.forEach(this::expectedValues);
    List<SectionResult> results = new ArrayList<>();
    for (Section section : pack.sections()) {
      results.add(
          toRun.contains(section)
              ? judged(written.get(section.number()), limit, false)
              : SectionResult.empty(section));
    }
    return new CheckReport(pack.id(), results);
  }

  /** Runs and checks one section; with {@code preview}, charts come back as pictures too. */
  public SectionResult run(SectionCode code, Duration limit, boolean preview) {
    Section section = pack.section(code.number());
    if (code.isEmpty()) {
      return SectionResult.empty(section);
    }
    prepare();
    return judged(code, limit, preview);
  }

  /**
   * Runs learner code against expected values computed before any learner code reached the VM,
   * which it shares: whatever that code changes there can no longer change what counts as right (a
   * value needed later is computed in a fresh VM).
   */
  private SectionResult judged(SectionCode code, Duration limit, boolean preview) {
    Section section = pack.section(code.number());
    List<String> want = expectedValues(section);
    learnerCodeRan = true;
    long start = System.nanoTime();
    Evaluation e = session.run(code.code(), code.firstLine(), section.checks(), limit, preview);
    long millis = (System.nanoTime() - start) / 1_000_000;
    return Verdicts.of(section, e, want, millis);
  }

  /** The reference solution's values for the section's checks, computed once. */
  List<String> expectedValues(Section section) {
    return expected.computeIfAbsent(section.number(), n -> referenceValues(section));
  }

  private List<String> referenceValues(Section section) {
    if (learnerCodeRan) {
      // a check of a few sections ran learner code before the rest were needed: a clean VM
      session.discardVm();
      learnerCodeRan = false;
    }
    Evaluation e = session.run(section.reference(), 1, section.checks(), REFERENCE_LIMIT, false);
    if (e.ending() != Evaluation.Ending.COMPLETED) {
      throw new IllegalStateException(
          "The reference solution of "
              + pack.id()
              + " section "
              + section.number()
              + " did not run: "
              + e.ending()
              + " "
              + e.message());
    }
    List<String> values = new ArrayList<>();
    for (Evaluation.Probed p : e.values()) {
      values.add(
          Optional.ofNullable(p.json())
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "The reference solution of "
                              + pack.id()
                              + " section "
                              + section.number()
                              + " gives no `"
                              + p.expression()
                              + "`: "
                              + p.error())));
    }
    return List.copyOf(values);
  }

  @Override
  public void close() {
    session.close();
  }
}
