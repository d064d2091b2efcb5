package dev.learninglab.labs.gauntlet.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.labs.gauntlet.model.run.ClassPaths;
import dev.learninglab.labs.gauntlet.model.run.JShellSession;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Learner code that reaches into the checker through reflection cannot make a wrong answer pass
 * (issue 17 §4): the guard refuses the reflection, and where there is no guard (a JVM without
 * security managers, as Java 24+), the verdict still comes out honest because it is made in the
 * app, against values computed before any learner code ran.
 */
class TamperingTest {
  private static final Duration LIMIT = Duration.ofSeconds(120);

  /**
   * A wrong answer, then the probe's JSON writer made to describe every value as the same forged
   * thing: were the expected values computed after this, they would match.
   */
  private static final String FORGERY =
      String.join(
          "\n",
          "int sumOfSquares = 1;",
          "List<Integer> evens = List.of();",
          "var field = Class.forName(\"dev.learninglab.labs.gauntlet.probe.Probe\")"
              + ".getDeclaredField(\"MAPPER\");",
          "field.setAccessible(true);",
          "var mapper = (com.fasterxml.jackson.databind.ObjectMapper) field.get(null);",
          "mapper.registerModule(new com.fasterxml.jackson.databind.module.SimpleModule()"
              + ".addSerializer(LinkedHashMap.class,"
              + " new com.fasterxml.jackson.databind.JsonSerializer<LinkedHashMap>() {",
          "  public void serialize(LinkedHashMap m, com.fasterxml.jackson.core.JsonGenerator g,"
              + " com.fasterxml.jackson.databind.SerializerProvider p) throws java.io.IOException {",
          "    g.writeRawValue(\"{\\\"value\\\":{\\\"kind\\\":\\\"forged\\\"},\\\"png\\\":\\\"\\\"}\");",
          "  }",
          "}));",
          "((com.fasterxml.jackson.databind.ser.DefaultSerializerProvider)"
              + " mapper.getSerializerProvider()).flushCachedSerializers();");

  @Test
  void theGuardRefusesReflectionIntoTheChecker() {
    Checker checker = SharedCheckers.of("java-basics");
    SectionResult r = checker.run(new SectionCode(2, FORGERY, 1), LIMIT, false);
    assertThat(r.status()).isEqualTo(Status.error);
    assertThat(r.message()).contains("reflection into private members is off");
    SectionResult honest =
        checker.run(
            new SectionCode(2, Packs.load("java-basics").section(2).reference(), 1), LIMIT, false);
    assertThat(honest.status()).as(honest.message()).isEqualTo(Status.pass);
  }

  @Test
  void withoutTheGuardAForgedProbeStillGivesAnHonestFail() {
    Pack pack = Packs.load("java-basics");
    JShellSession unguarded =
        new JShellSession(
            ClassPaths.current(),
            Checker.HEAP_MEGABYTES,
            pack.imports(),
            pack.data(),
            List.of("-Djava.security.manager=disallow"));
    try (Checker checker = new Checker(pack, unguarded)) {
      SectionResult r = checker.run(new SectionCode(2, FORGERY, 1), LIMIT, false);
      assertThat(unguarded.sandbox()).startsWith("off");
      assertThat(r.shown())
          .as("the forgery took: the probe describes the values as forged")
          .isNotEmpty()
          .allMatch(shown -> shown.json().contains("forged"));
      assertThat(r.status()).as(r.message()).isEqualTo(Status.fail);
      assertThat(r.message()).contains("sumOfSquares");
      // the tampered VM keeps forging for later runs: a right answer is not confirmed either,
      // but nothing counts as right that is not
      SectionResult later =
          checker.run(new SectionCode(3, "int collatzSteps = 0;", 1), LIMIT, false);
      assertThat(later.status()).isNotEqualTo(Status.pass);
    }
  }
}
