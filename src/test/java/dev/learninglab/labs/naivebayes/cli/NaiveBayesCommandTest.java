package dev.learninglab.labs.naivebayes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.learninglab.testing.BadInputs;
import dev.learninglab.testing.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code learning-lab naive-bayes}: the JSON contract, the numbers, and bad input. */
class NaiveBayesCommandTest {
  private static final String BLOBS = "data/blobs20/blobs20.csv";
  @TempDir Path dir;

  private static Cli run(String... args) {
    List<String> all = new ArrayList<>(List.of("naive-bayes"));
    all.addAll(List.of(args));
    return Cli.run(all.toArray(String[]::new));
  }

  private static JsonNode reference(int fit) throws IOException {
    try (InputStream in =
        NaiveBayesCommandTest.class.getResourceAsStream("/naivebayes/blobs20-gnb.json")) {
      return new ObjectMapper().readTree(in).get("fits").get(fit);
    }
  }

  @ParameterizedTest
  @CsvSource({"1e-9, 0", "0, 1"})
  void jsonHasTheContractFieldsAndScikitLearnsNumbers(String varSmoothing, int fit)
      throws IOException {
    Cli r =
        run(
            "--train",
            BLOBS,
            "--label",
            "label",
            "--var-smoothing",
            varSmoothing,
            "--predict",
            "-2,5;0,0;6,-0.3",
            "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly("classes", "classPrior", "theta", "var", "epsilon", "predictions");
    JsonNode ref = reference(fit);
    assertThat(json.get("classes")).isEqualTo(ref.get("classes"));
    assertThat(json.get("epsilon").asDouble())
        .isCloseTo(
            ref.get("epsilon").asDouble(),
            org.assertj.core.api.Assertions.within(
                1e-12 * Math.abs(ref.get("epsilon").asDouble())));
    JsonNode predictions = json.get("predictions");
    assertThat(predictions).hasSize(3);
    for (int i = 0; i < 3; i++) {
      JsonNode p = predictions.get(i);
      assertThat(p.fieldNames()).toIterable().containsExactly("x", "proba", "label");
      assertThat(p.get("label").asInt()).isEqualTo(ref.get("predict").get(i).asInt());
      for (int c = 0; c < 3; c++) {
        double expected = ref.get("proba").get(i).get(c).asDouble();
        assertThat(Math.abs(p.get("proba").get(c).asDouble() - expected))
            .isLessThanOrEqualTo(1e-12 * Math.abs(expected));
      }
    }
  }

  @Test
  void textOutputListsClassesAndPredictions() {
    Cli r = run("--train", BLOBS, "--label", "label", "--predict", "-2,5");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("class 2  prior 0.3").contains("x = [-2.0, 5.0] -> 2");
  }

  @Test
  void textLabelsAppearAsText() throws IOException {
    Path csv =
        Files.writeString(
            dir.resolve("pets.csv"), "w,h,kind\n1,1,cat\n1.2,0.9,cat\n5,5,dog\n5.5,4.8,dog\n");
    JsonNode json =
        new ObjectMapper()
            .readTree(
                run("--train", csv.toString(), "--label", "kind", "--predict", "5,5", "--json")
                    .out());
    assertThat(json.get("classes").toString()).isEqualTo("[\"cat\",\"dog\"]");
    assertThat(json.get("predictions").get(0).get("label").asText()).isEqualTo("dog");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "x1,x2,label\\n1,a,0\\n2,3,1\\n| line 2, column `x2` holds `a`, which is not a number",
        "x1,x2,label\\n1,2,0\\n2,3,0\\n| has only one class in column `label`",
        "x1,x2,label\\n1,NaN,0\\n2,3,1\\n| the value is missing (NaN)",
        "| is empty",
        "x1,x2,label\\n1,5,0\\n2,5,0\\n8,5,1\\n9,5,1\\n| Feature column 1 has zero variance within class 0"
      })
  void badInputGivesOneClearLine(String content, String message) throws IOException {
    Path csv =
        Files.writeString(
            dir.resolve("bad.csv"), content == null ? "" : content.replace("\\n", "\n"));
    Cli r = run("--train", csv.toString(), "--label", "label", "--var-smoothing", "0");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("learning-lab naive-bayes: ").contains(message);
  }

  @Test
  void aPredictPointWithTheWrongArityIsNamed() {
    Cli r = run("--train", BLOBS, "--label", "label", "--predict", "1,2;3");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("--predict point 2 (`3`) has 1 value but the model has 2 features (x1, x2)");
  }

  @Test
  void aMissingTrainingFileIsNamed() {
    Cli r = run("--train", dir.resolve("nope.csv").toString(), "--label", "label");
    assertThat(r.err()).contains("nope.csv does not exist");
  }

  @Test
  void aBomBeforeTheHeaderIsNotPartOfTheFirstColumn() throws IOException {
    Path csv = BadInputs.withBom(dir.resolve("bom.csv"), "label,x1\n0,1\n0,1.5\n1,5\n1,5.5\n");
    Cli r = run("--train", csv.toString(), "--label", "label");
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void hugeValuesAreRefusedInsteadOfGivingNaN() throws IOException {
    Path csv =
        Files.writeString(
            dir.resolve("big.csv"), "x1,label\n1e308,0\n-1e308,0\n1e308,1\n-1e308,1\n");
    Cli r = run("--train", csv.toString(), "--label", "label", "--json");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("too large for their mean and variance to be finite");
    assertThat(r.out()).doesNotContain("NaN");
  }

  @Test
  void latin1IsRefusedNotTurnedIntoReplacementCharacters() throws IOException {
    Path csv = BadInputs.latin1(dir.resolve("l1.csv"), "x1,label\n1,caf\u00e9\n2,th\u00e9\n");
    Cli r = run("--train", csv.toString(), "--label", "label");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("l1.csv is not UTF-8 text").doesNotContain("\ufffd");
  }

  @Test
  void aFolderIsCalledAFolder() {
    Cli r = run("--train", dir.toString(), "--label", "label");
    assertThat(r.err()).contains("is a folder").doesNotContain("does not exist");
  }

  @Test
  void aFileOverTheLimitIsRefusedByItsSizeInOneLine() throws IOException {
    Path csv = BadInputs.sparseFile(dir.resolve("huge.csv"), 543L << 20);
    Cli r = run("--train", csv.toString(), "--label", "label");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip())
        .isEqualTo(
            "learning-lab naive-bayes: "
                + csv
                + " is larger than 128 MB (543 MB), the most this command reads; refused");
  }

  @Test
  void anEndlessDeviceIsCappedInOneLine() {
    Cli r = run("--train", BadInputs.INFINITE.toString(), "--label", "label");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip()).contains("/dev/zero").doesNotContain("\n");
    // issue 30: stopped at the line cap, so no 128 MB line is built (OutOfMemoryError at 256 MB)
    assertThat(r.err()).contains("/dev/zero line 1 is longer than 1048576 characters; refused");
  }

  @Test
  void theSizeCapComesBeforeTheMemoryCheckOnASmallHeap() throws Exception {
    Path csv = BadInputs.sparseFile(dir.resolve("huge.csv"), 543L << 20);
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                javaBin,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.learninglab.LearningLab",
                "naive-bayes",
                "--train",
                csv.toString(),
                "--label",
                "label")
            .redirectErrorStream(true)
            .start();
    String output =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(output).isEqualTo(1);
    assertThat(output)
        .contains("is larger than 128 MB (543 MB), the most this command reads; refused")
        .doesNotContain("needs about");
  }

  @Test
  void aHugeHeaderIsQuotedShortNotEchoed() throws IOException {
    String header = BadInputs.hugeLine(500_000) + BadInputs.terminalGarbage();
    Path csv = Files.writeString(dir.resolve("wide.csv"), header + ",x\n1,2\n3,4\n");
    Cli r = run("--train", csv.toString(), "--label", "label");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("more characters").doesNotContain("\u001b");
    assertThat(r.err().length()).isLessThan(400);
  }

  @Test
  void escapeCodesInAnArgumentNeverReachTheTerminal() {
    Cli r = run("--train", BLOBS, "--label", "label", "--predict", "1\u001b[2J,2");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("1·[2J").doesNotContain("\u001b");
  }
}
