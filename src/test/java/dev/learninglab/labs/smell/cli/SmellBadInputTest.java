package dev.learninglab.labs.smell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.testing.BadInputs;
import dev.learninglab.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 30's smell probes at the command line: hostile CSV rows and files. */
class SmellBadInputTest {
  @TempDir Path dir;

  @Test
  void aHugeMoleculeInACsvIsSkippedNotFatal() throws Exception {
    Path csv =
        Files.writeString(dir.resolve("m.csv"), "SMILES\nCCO\n" + "C".repeat(10_000) + "\nCC\n");
    Cli r = Cli.run("smell", "featurize", "--csv", csv.toString(), "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = r.json();
    assertThat(json.get("skipped")).hasSize(1);
    assertThat(json.get("skipped").get(0).get("error").asText())
        .contains("longer than 2000 characters");
    assertThat(json.get("skipped").get(0).get("smiles").asText().length()).isLessThan(200);
  }

  /** It used to train through every fold and only then say it could not save. */
  @Test
  void aFileAsOutIsRefusedBeforeAnyTraining() throws Exception {
    Path file = Files.writeString(dir.resolve("file"), "x");
    Cli r =
        Cli.run("smell", "train", "--task", "fruity", "--epochs", "1", "--out", file.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(file + ": it is a file").doesNotContain("ROC-AUC");
    assertThat(file).hasContent("x");
  }

  /** A card claiming a 2,000,000,000-wide network used to reach PyTorch's allocator. */
  @Test
  void aTamperedModelCardIsRefusedBeforeAnyNetworkIsBuilt() throws Exception {
    Path model = Files.createDirectories(dir.resolve("model"));
    for (String file :
        new String[] {
          "model.json",
          "model.params",
          "model-2.params",
          "model-3.params",
          "model-4.params",
          "model-5.params"
        }) {
      try (var in = getClass().getResourceAsStream("/smell/models/fruity/" + file)) {
        Files.copy(in, model.resolve(file));
      }
    }
    Path card = model.resolve("model.json");
    Files.writeString(
        card,
        Files.readString(card).replaceFirst("\"hidden\"\\s*:\\s*\\d+", "\"hidden\" : 2000000000"));
    Cli r = Cli.run("smell", "predict", "CCO", "--model", model.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip())
        .contains("model.json: a smell network is 1 to 4096 wide")
        .doesNotContain("alloc")
        .doesNotContain("\n");
  }

  @Test
  void aLongInvalidSmilesIsNotEchoedWhole() {
    Cli r = Cli.run("smell", "featurize", "C1" + "C".repeat(1_500) + "(");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip()).doesNotContain("\n");
    assertThat(r.err().length()).isLessThan(300);
  }

  @Test
  void aLatin1CsvIsRefusedNamingTheLine() throws Exception {
    Path csv =
        BadInputs.latin1(dir.resolve("l1.csv"), "SMILES,name\nCCO,ethanol\nCC=O,acétaldéhyde\n");
    Cli r = Cli.run("smell", "featurize", "--csv", csv.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("l1.csv is not UTF-8 text at line 3").doesNotContain("\ufffd");
  }

  @Test
  void aDeviceOrAFolderIsCalledWhatItIs() throws Exception {
    Cli zero = Cli.run("smell", "featurize", "--csv", BadInputs.INFINITE.toString());
    assertThat(zero.code()).isEqualTo(1);
    assertThat(zero.err()).contains("is larger than 64 MB").doesNotContain("No such");
    Cli folder = Cli.run("smell", "featurize", "--csv", BadInputs.emptyFolder(dir).toString());
    assertThat(folder.code()).isEqualTo(1);
    assertThat(folder.err()).contains("is a folder");
  }
}
