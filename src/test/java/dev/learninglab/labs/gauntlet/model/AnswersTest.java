package dev.learninglab.labs.gauntlet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.learninglab.testing.TwoAtATime;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For every section: at least one plausible wrong answer fails with a message naming what differs;
 * the reference passes as learner code (the path a right answer takes) in each pack's first and
 * last section; and with {@code -Dlearninglab.rightAnswers=true}, in every section, together with
 * at least one differently written correct answer. The answers live in {@code
 * src/test/resources/gauntlet/<pack>-answers.txt}.
 *
 * <p>Each answer is a learner-VM run of a second or more, and the nine packs hold 155 of them
 * besides their 74 references: the suite runs the 81 wrong answers (what proves a check can fail)
 * and two references a pack (what proves a right answer passes); the rest, some 130 runs, only with
 * {@code -Dlearninglab.rightAnswers=true}, as before a change to the checker or a pack. The runs
 * are made up front, two packs at a time (each pack has its own checker, VM and working folder);
 * the tests then judge their results. {@code -Dlearninglab.packs=text,arrays} runs only those
 * packs, as when working on one.
 */
class AnswersTest {
  private static final Duration LIMIT = Duration.ofSeconds(30);
  private static final boolean RIGHT_ANSWERS = Boolean.getBoolean("learninglab.rightAnswers");

  /** Every pack the lab offers, so a new one is covered without being listed twice. */
  private static final List<String> PACKS = Packs.IDS;

  private static final String ONLY = System.getProperty("learninglab.packs", "");
  private static final Map<String, SectionResult> RESULTS = new ConcurrentHashMap<>();

  @TestFactory
  Stream<DynamicTest> wrangling() throws IOException {
    return tests("wrangling");
  }

  @TestFactory
  Stream<DynamicTest> javaBasics() throws IOException {
    return tests("java-basics");
  }

  @TestFactory
  Stream<DynamicTest> arrays() throws IOException {
    return tests("arrays");
  }

  @TestFactory
  Stream<DynamicTest> tables() throws IOException {
    return tests("tables");
  }

  @TestFactory
  Stream<DynamicTest> charts() throws IOException {
    return tests("charts");
  }

  @TestFactory
  Stream<DynamicTest> machineLearning() throws IOException {
    return tests("machine-learning");
  }

  @TestFactory
  Stream<DynamicTest> images() throws IOException {
    return tests("images");
  }

  @TestFactory
  Stream<DynamicTest> text() throws IOException {
    return tests("text");
  }

  @TestFactory
  Stream<DynamicTest> deepLearning() throws IOException {
    return tests("deep-learning");
  }

  /** Every pack's runs, made two packs at a time before the tests judge them. */
  @BeforeAll
  static void runEveryPack() throws Exception {
    TwoAtATime.each(PACKS.stream().filter(AnswersTest::chosen).toList(), AnswersTest::runAll);
  }

  private static boolean chosen(String pack) {
    return ONLY.isBlank() || List.of(ONLY.split(",")).contains(pack);
  }

  /** One pack's references and answers, in order, on its own checker. */
  private static void runAll(String packId) throws IOException {
    Pack pack = Packs.load(packId);
    if (!SharedCheckers.datasetsHere(pack)) {
      return; // its factory skips with the reason
    }
    for (Section section : referencesRun(pack)) {
      RESULTS.put(key(packId, section.number(), section.reference()), run(packId, section));
    }
    for (Answer a : answers(packId)) {
      if (a.expectedFailure == null && !RIGHT_ANSWERS) {
        continue;
      }
      RESULTS.put(key(packId, a.section, a.code), run(packId, a.section, a.code));
    }
  }

  /** The sections whose reference runs as learner code: all, or the first and the last. */
  private static List<Section> referencesRun(Pack pack) {
    List<Section> all = pack.sections();
    return RIGHT_ANSWERS ? all : List.of(all.get(0), all.get(all.size() - 1));
  }

  private static SectionResult run(String packId, Section section) {
    return run(packId, section.number(), section.reference());
  }

  private static String key(String pack, int section, String code) {
    return pack + "\u0000" + section + "\u0000" + code;
  }

  private Stream<DynamicTest> tests(String packId) throws IOException {
    assumeTrue(chosen(packId), "only " + ONLY + " chosen by -Dlearninglab.packs");
    Pack pack = Packs.load(packId);
    SharedCheckers.assumeDatasetsHere(pack);
    List<Answer> answers = answers(packId);
    List<DynamicTest> tests = new ArrayList<>();
    for (Section section : referencesRun(pack)) {
      tests.add(
          DynamicTest.dynamicTest(
              packId + " " + section.number() + " reference passes",
              () -> {
                SectionResult r = RESULTS.get(key(packId, section.number(), section.reference()));
                assertThat(r.status()).as(r.message()).isEqualTo(Status.pass);
              }));
    }
    for (Section section : pack.sections()) {
      assertThat(answers)
          .as("section %d has a right and a wrong answer", section.number())
          .anyMatch(a -> a.section == section.number() && a.expectedFailure == null)
          .anyMatch(a -> a.section == section.number() && a.expectedFailure != null);
    }
    for (Answer a : answers) {
      if (a.expectedFailure == null && !RIGHT_ANSWERS) {
        continue;
      }
      String name =
          packId
              + " "
              + a.section
              + (a.expectedFailure == null
                  ? " right answer passes"
                  : " wrong answer: " + a.expectedFailure);
      tests.add(
          DynamicTest.dynamicTest(
              name,
              () -> {
                SectionResult r = RESULTS.get(key(packId, a.section, a.code));
                if (a.expectedFailure == null) {
                  assertThat(r.status()).as(r.message()).isEqualTo(Status.pass);
                } else {
                  assertThat(r.status()).isIn(Status.fail, Status.error);
                  assertThat(r.message()).contains(a.expectedFailure);
                }
              }));
    }
    return tests.stream();
  }

  private static SectionResult run(String pack, int section, String code) {
    return SharedCheckers.of(pack).run(new SectionCode(section, code, 1), LIMIT, false);
  }

  private record Answer(int section, String expectedFailure, String code) {}

  private static List<Answer> answers(String pack) throws IOException {
    String text;
    try (InputStream in =
        AnswersTest.class.getResourceAsStream("/gauntlet/" + pack + "-answers.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Answer> out = new ArrayList<>();
    for (String block : text.split("(?m)^@@ ")) {
      if (block.isBlank()) {
        continue;
      }
      String header = block.substring(0, block.indexOf('\n'));
      String code = block.substring(block.indexOf('\n') + 1);
      String[] parts = header.split(" ", 3);
      out.add(
          new Answer(Integer.parseInt(parts[1]), parts[0].equals("wrong") ? parts[2] : null, code));
    }
    return out;
  }
}
