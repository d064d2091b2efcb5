package dev.learninglab.labs.editdistance.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.Progress;
import dev.learninglab.testing.Mirror;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackageMatcherTest {

  @Test
  void demoPairMatchesTheTutorialsLoopInPython() {
    JsonNode expected = Fixtures.read("demo.json");
    MatchReport r =
        new PackageMatcher(false)
            .match(demo("demo-py36.txt"), demo("demo-py39.txt"), Progress.none());
    assertThat(r.total()).isEqualTo(expected.get("total").asInt());
    assertThat(r.correct()).isEqualTo(expected.get("correct").asInt());
    assertThat(r.accuracy()).isEqualTo(expected.get("accuracy").asDouble());
    for (int i = 0; i < r.matches().size(); i++) {
      JsonNode e = expected.get("matches").get(i);
      Match m = r.matches().get(i);
      assertThat(m)
          .isEqualTo(
              new Match(
                  e.get("package").asText(),
                  e.get("best").asText(),
                  e.get("distance").asLong(),
                  e.get("correct").asBoolean()));
    }
  }

  @Test
  void matchableAccuracyCountsOnlyPackagesThatExistInTheSecondList() {
    MatchReport r =
        new PackageMatcher(false)
            .match(demo("demo-py36.txt"), demo("demo-py39.txt"), Progress.none());
    assertThat(r.unmatched())
        .contains(
            "xlrd==1.2.0", "dataclasses==0.8", "typing==3.7.4.3", "typing_extensions==3.7.4.3");
    assertThat(r.matchable()).isEqualTo(r.total() - r.unmatched().size());
    assertThat(r.matchableAccuracy()).isEqualTo((double) r.correct() / r.matchable());
  }

  @Test
  void namesOnlyUsesPep503Names() {
    MatchReport r =
        new PackageMatcher(true)
            .match(demo("demo-py36.txt"), demo("demo-py39.txt"), Progress.none());
    Match te =
        r.matches().stream()
            .filter(m -> m.pkg().equals("typing-extensions"))
            .findFirst()
            .orElseThrow();
    assertThat(te.best()).isEqualTo("typing-extensions");
    assertThat(te.correct()).isTrue();
    assertThat(r.unmatched())
        .containsExactlyInAnyOrder(
            "absl-py",
            "contextvars",
            "dataclasses",
            "importlib-metadata",
            "typing",
            "xlrd",
            "zipp");
  }

  @Test
  void firstStrictlySmallerDistanceWins() {
    RequirementList a = new RequirementList("a", List.of("ab"));
    RequirementList b = new RequirementList("b", List.of("xb", "ax", "ab"));
    Match m = new PackageMatcher(false).match(a, b, Progress.none()).matches().get(0);
    assertThat(m).isEqualTo(new Match("ab", "ab", 0, true));
    RequirementList tie = new RequirementList("b", List.of("xb", "ax"));
    assertThat(new PackageMatcher(false).match(a, tie, Progress.none()).matches().get(0).best())
        .isEqualTo("xb");
  }

  @Test
  void lengthPruningNeverChangesTheBest() {
    PackageMatcher pm = new PackageMatcher(false);
    int[] a = CodePoints.of("numpy==1.19.5");
    int[][] targets = {
      CodePoints.of("x".repeat(500)), CodePoints.of("numpy==1.20.1"), CodePoints.of("n")
    };
    assertThat(pm.best(a, targets)).isEqualTo(new PackageMatcher.Best(1, 6));
  }

  @Test
  void tenMegabyteLineIsMatchedWithoutRunningOutOfMemory() {
    RequirementList a =
        new RequirementList("a", List.of("x".repeat(10 * 1024 * 1024), "numpy==1.0"));
    RequirementList b = new RequirementList("b", List.of("numpy==1.1", "pandas"));
    MatchReport r = new PackageMatcher(false).match(a, b, Progress.none());
    assertThat(r.matches().get(1).best()).isEqualTo("numpy==1.1");
    assertThat(r.matches().get(0).distance()).isEqualTo(10 * 1024 * 1024 + 6);
  }

  @Test
  void catalogedPipRequirementsFromTheMirror() {
    Mirror.assumeDatasets("pip-requirements");
    DatasetResolver resolver = DatasetResolver.standard();
    Path py36 = resolver.resolveFile("pip-requirements", "py36.txt", Progress.none());
    Path py39 = resolver.resolveFile("pip-requirements", "py39.txt", Progress.none());
    MatchReport r =
        new PackageMatcher(false)
            .match(RequirementList.read(py36), RequirementList.read(py39), Progress.none());
    // PROVENANCE.md: 432 pinned lines, 420 names in both lists, 12 only in py36
    assertThat(r.total()).isEqualTo(432);
    assertThat(r.matchable()).isEqualTo(420);
    assertThat(r.unmatched()).hasSize(12).contains("typing==3.7.4.3");
  }

  static RequirementList demo(String name) {
    try (InputStream in = PackageMatcherTest.class.getResourceAsStream("/editdistance/" + name)) {
      return RequirementList.parse(name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
