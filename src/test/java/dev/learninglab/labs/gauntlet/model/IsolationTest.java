package dev.learninglab.labs.gauntlet.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Learner code that loops, exits or eats memory never harms the app, and the next run works.
 *
 * <p>No assertion here depends on how fast the machine is: runs that must time out get a short
 * limit, and every other run gets a limit so long that a loaded machine cannot reach it, so the
 * kind of failure never depends on the clock.
 */
class IsolationTest {
  private static final Duration SHORT_LIMIT = Duration.ofSeconds(2);
  private static final Duration LIMIT = Duration.ofSeconds(120);
  private final Checker checker = SharedCheckers.of("java-basics");

  @Test
  void anEndlessLoopTimesOut() {
    SectionResult r =
        runWithin(SHORT_LIMIT, 2, "int sumOfSquares = 0;\nwhile (true) { sumOfSquares++; }");
    assertThat(r.status()).isEqualTo(Status.timeout);
    assertNextRunWorks();
  }

  @Test
  void aLoopThatSwallowsTheStopRequestIsKilled() {
    SectionResult r =
        runWithin(
            SHORT_LIMIT, 2, "while (true) { try { while (true) { } } catch (Throwable t) { } }");
    assertThat(r.status()).isEqualTo(Status.timeout);
    assertNextRunWorks();
  }

  @Test
  void theStopButtonEndsARunLongBeforeItsLimit() throws Exception {
    java.util.concurrent.CompletableFuture<SectionResult> run =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> checker.run(new SectionCode(2, "while (true) { }", 1), LIMIT, false));
    // Pressing Stop again until the run ends: the first press may come before the run starts.
    while (!run.isDone()) {
      checker.stop();
      Thread.sleep(200);
    }
    SectionResult r = run.get();
    assertThat(r.status()).isEqualTo(Status.error);
    assertThat(r.message()).startsWith("Stopped");
    assertNextRunWorks();
  }

  @Test
  void systemExitIsAnErrorAndLaterSectionsAreStillChecked() {
    String template =
        "// ## 1. Operators\nSystem.exit(3);\n// ## 2. For loops\n"
            + Packs.load("java-basics").section(2).reference();
    CheckReport report = checker.check(template, LIMIT);
    assertThat(report.sections().get(0).status()).isEqualTo(Status.error);
    assertThat(report.sections().get(0).message()).contains("System.exit");
    assertThat(report.sections().get(1).status()).isEqualTo(Status.pass);
  }

  @Test
  void anExpectedValueNeededAfterLearnerCodeRanIsComputedInAFreshVm() {
    try (Checker fresh = Checker.open(Packs.load("java-basics"))) {
      // the check computes section 1's expected values only, then runs code that marks its VM
      String marks = "// ## 1. Operators\nSystem.setProperty(\"learninglab.mark\", \"x\");\n";
      assertThat(fresh.check(marks, LIMIT).sections().get(0).status()).isEqualTo(Status.fail);
      // section 2's reference then runs in a new VM, and so does the learner code after it
      String seesTheMark =
          Packs.load("java-basics").section(2).reference()
              + "\nif (System.getProperty(\"learninglab.mark\") != null) sumOfSquares = -1;\n";
      SectionResult r = fresh.run(new SectionCode(2, seesTheMark, 1), LIMIT, false);
      assertThat(r.status()).as(r.message()).isEqualTo(Status.pass);
    }
  }

  @Test
  void aFloodOfOutputIsStoppedAndKeptToItsHeadAndTail() {
    SectionResult r =
        run(2, "int sumOfSquares = 0;\nwhile (true) System.out.print(\"x\".repeat(1 << 20));");
    assertThat(r.status()).isEqualTo(Status.timeout);
    assertThat(r.message()).contains("printed more than 8 MB");
    assertThat(r.output()).contains("bytes of output left out");
    assertThat(r.output().length()).isLessThan(64 * 1024 + 200);
    assertNextRunWorks();
  }

  @Test
  void aMemoryBombIsAnError() {
    SectionResult r =
        run(
            2,
            "List<long[]> hog = new ArrayList<>();\nwhile (true) { hog.add(new long[10_000_000]); }");
    assertThat(r.status()).isEqualTo(Status.error);
    assertThat(r.message()).contains("OutOfMemoryError");
    assertNextRunWorks();
  }

  @Test
  void aStackOverflowIsAnErrorNamingTheLine() {
    SectionResult r =
        run(
            9,
            "long factorial(int n) {\n  return n * factorial(n - 1);\n}\nint fib(int n) { return n; }");
    assertThat(r.status()).isEqualTo(Status.error);
    assertThat(r.message()).contains("StackOverflowError");
    assertNextRunWorks();
  }

  @Test
  void aCompileErrorPointsAtTheTemplateLine() {
    SectionResult r =
        checker.run(
            new SectionCode(2, "// a comment\nint sumOfSquares = 0;\nString evens = 3;\n", 40),
            LIMIT,
            false);
    assertThat(r.status()).isEqualTo(Status.error);
    assertThat(r.errorLine()).isEqualTo(42);
    assertThat(r.message()).startsWith("Line 42 does not compile: incompatible types");
  }

  @Test
  void aMissingVariableIsNamed() {
    SectionResult r = run(3, "int steps = 111;");
    SectionResult method = run(6, "int max3(int a, int b, int c) { return a; }");
    assertThat(method.message())
        .contains(
            "`average(1, 2, 3, 4)` could not be read: cannot find symbol; symbol: method average(int,int,int,int)");
    assertThat(r.status()).isEqualTo(Status.fail);
    assertThat(r.message()).isEqualTo("`collatzSteps` is not defined: the prompt asks for it");
  }

  @Test
  void printedOutputIsCaptured() {
    SectionResult r = run(3, "System.out.println(\"hello from the VM\");\nint collatzSteps = 111;");
    assertThat(r.status()).isEqualTo(Status.pass);
    assertThat(r.output()).contains("hello from the VM");
  }

  private void assertNextRunWorks() {
    SectionResult again = run(2, Packs.load("java-basics").section(2).reference());
    assertThat(again.status()).as(again.message()).isEqualTo(Status.pass);
  }

  private SectionResult run(int section, String code) {
    return runWithin(LIMIT, section, code);
  }

  private SectionResult runWithin(Duration limit, int section, String code) {
    return checker.run(new SectionCode(section, code, 1), limit, false);
  }
}
