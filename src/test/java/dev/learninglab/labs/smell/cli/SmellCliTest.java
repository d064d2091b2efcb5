package dev.learninglab.labs.smell.cli;

import static dev.learninglab.testing.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.compute.Compute;
import dev.learninglab.core.io.Json;
import dev.learninglab.labs.smell.model.gnn.GnnConfig;
import dev.learninglab.labs.smell.model.gnn.GnnEnsemble;
import dev.learninglab.labs.smell.model.gnn.OdourGnn;
import dev.learninglab.labs.smell.model.gnn.SavedModel;
import dev.learninglab.testing.Cli;
import dev.learninglab.testing.Mirror;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmellCliTest {
  @TempDir Path dir;

  /** The article's protocol: one random 80/20 split, its last epoch scored beside the majority. */
  @Test
  void theTutorialProtocolScoresOneSplitBesideTheMajority() throws Exception {
    Mirror.assumeDatasets("learning-to-smell");
    Cli r =
        run(
            "smell",
            "train",
            "--task",
            "fruity",
            "--protocol",
            "tutorial",
            "--epochs",
            "2",
            "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = r.json();
    int train = json.get("train").asInt();
    int test = json.get("test").asInt();
    assertThat(test).isEqualTo((int) Math.round((train + test) * 0.2));
    assertThat(json.get("epochs").asInt()).isEqualTo(2);
    // about a fifth of the molecules are fruity, so always answering "not fruity" is right ~0.8
    assertThat(json.get("majorityAccuracy").asDouble()).isBetween(0.7, 0.9);
    assertThat(json.get("accuracyAtHalf").asDouble()).isBetween(0.0, 1.0);
    assertThat(r.err()).contains("epoch 2/2").doesNotContain("(best)");
    Cli refused =
        run("smell", "train", "--task", "gslf", "--protocol", "tutorial", "--epochs", "1");
    assertThat(refused.code()).isNotZero();
    assertThat(refused.err()).contains("the article's fruity GCN");
  }

  @Test
  void featurizeJsonHasTheContractShape() throws Exception {
    Cli r = run("smell", "featurize", "Cl[C@H](/C=C/C)Br", "CCO", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode molecules = Json.mapper().readTree(r.out());
    assertThat(molecules.isArray()).as("one object per molecule, as a JSON array").isTrue();
    assertThat(molecules).hasSize(2);
    JsonNode first = molecules.get(0);
    assertThat(first.fieldNames())
        .toIterable()
        .containsExactly("smiles", "atoms", "nodeFeatures", "edges", "edgeFeatures");
    assertThat(first.get("smiles").asText()).isEqualTo("Cl[C@H](/C=C/C)Br");
    assertThat(first.get("atoms").toString()).isEqualTo("[\"Cl\",\"C\",\"C\",\"C\",\"C\",\"Br\"]");
    assertThat(first.get("nodeFeatures").get(1).toString()).isEqualTo("[5,2,4,5,1,0,2,0,0]");
    assertThat(first.get("edges").get("src").toString()).isEqualTo("[0,1,1,2,2,3,3,4,1,5]");
    assertThat(first.get("edges").get("dst").toString()).isEqualTo("[1,0,2,1,3,2,4,3,5,1]");
    assertThat(first.get("edgeFeatures").get(4).toString()).isEqualTo("[1,2,0]");
    assertThat(first.get("edgeFeatures")).hasSize(10);
  }

  @Test
  void csvRowsThatDoNotParseAreSkippedAndCounted() throws Exception {
    Path csv = dir.resolve("m.csv");
    Files.writeString(csv, "name,smi\nethanol,CCO\nbroken,C1CC(C\nbenzene,c1ccccc1\nodd,CXC\n");
    Cli r = run("smell", "featurize", "--csv", csv.toString(), "--column", "smi", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = Json.mapper().readTree(r.out());
    assertThat(json.fieldNames()).toIterable().containsExactly("molecules", "skipped");
    assertThat(json.get("molecules")).hasSize(2);
    assertThat(json.get("molecules").get(1).get("smiles").asText()).isEqualTo("c1ccccc1");
    JsonNode skipped = json.get("skipped");
    assertThat(skipped).hasSize(2);
    assertThat(skipped.get(0).get("row").asInt()).isEqualTo(1);
    assertThat(skipped.get(0).get("smiles").asText()).isEqualTo("C1CC(C");
    assertThat(skipped.get(0).get("error").asText())
        .contains("Unclosed ring")
        .contains("character");
    assertThat(skipped.get(1).get("error").asText()).contains("CXC").contains("character 2");
  }

  @Test
  void badInputIsOneClearLine() {
    Cli smiles = run("smell", "featurize", "C1CC(C");
    assertThat(smiles.code()).isEqualTo(1);
    assertThat(smiles.err()).contains("Invalid SMILES 'C1CC(C'").doesNotContain("Exception");
    Cli column = run("smell", "featurize", "--csv", dir.resolve("none.csv").toString());
    assertThat(column.code()).isEqualTo(1);
    assertThat(column.err()).contains("File not found: ");
    Cli task = run("smell", "baseline", "--task", "sweet");
    assertThat(task.code()).isEqualTo(1);
    assertThat(task.err()).contains("task must be fruity or gslf");
  }

  @Test
  void predictJsonFromASavedModel() throws Exception {
    Path modelDir = dir.resolve("model");
    Model model = Model.newInstance("t", Compute.device(), Compute.PYTORCH);
    OdourGnn block = new OdourGnn(new GnnConfig(GnnConfig.Kind.EDGE, 8, 2, 3));
    block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 9));
    try (GnnEnsemble one = new GnnEnsemble(List.of(new GnnEnsemble.Member(model, block)))) {
      SavedModel.save(one, List.of("sweet", "green", "woody"), modelDir);
    }
    Cli r =
        run(
            "smell",
            "predict",
            "CCO",
            "O=Cc1ccc(O)c(OC)c1",
            "--model",
            modelDir.toString(),
            "--top",
            "2",
            "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = Json.mapper().readTree(r.out());
    assertThat(json).hasSize(2);
    JsonNode odours = json.get(1).get("odours");
    assertThat(json.get(1).get("smiles").asText()).isEqualTo("O=Cc1ccc(O)c(OC)c1");
    assertThat(odours).hasSize(2);
    assertThat(List.of("sweet", "green", "woody")).contains(odours.get(0).get("name").asText());
    assertThat(odours.get(0).get("p").asDouble())
        .isBetween(0.0, 1.0)
        .isGreaterThanOrEqualTo(odours.get(1).get("p").asDouble());
    assertThat(json.get(0).has("fruity")).isTrue();
  }

  @Test
  void trainAndBaselineJsonOnTheCatalogue() throws Exception {
    Mirror.assumeDatasets("learning-to-smell");
    Cli r = trainTiny("--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = Json.mapper().readTree(r.out());
    assertThat(json.get("task").asText()).isEqualTo("fruity");
    assertThat(json.get("model").asText()).isEqualTo("gcn");
    assertThat(json.get("folds")).hasSize(2);
    for (String key :
        new String[] {"auroc", "prauc", "accuracy", "f1", "threshold", "accuracyAtHalf"}) {
      assertThat(json.get("folds").get(0).get(key).isNumber()).as(key).isTrue();
      assertThat(json.get("mean").get(key).isNumber()).as(key).isTrue();
    }
    // only 20.7 % are fruity: the majority answer is right 79 % of the time
    assertThat(json.get("majorityAccuracy").asDouble()).isBetween(0.79, 0.80);
    assertThat(json.get("baseline").get("auroc").asDouble()).isBetween(0.6, 0.9);
  }

  @Test
  void aDivergingTrainSaysWhereInOneLineAndItsJsonSaysDiverged() throws Exception {
    Mirror.assumeDatasets("learning-to-smell");
    Cli r = trainTiny("--lr", "1e30", "--json");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines().filter(l -> l.contains("Training diverged")).toList())
        .singleElement()
        .asString()
        .startsWith("learning-lab smell train: Training diverged at epoch 1, step ")
        .endsWith("try a lower learning rate (e.g. 1.00e+29)");
    JsonNode json = Json.mapper().readTree(r.out());
    assertThat(json.get("stopped").asText()).isEqualTo("diverged");
    assertThat(json.get("epoch").asInt()).isEqualTo(1);
    assertThat(json.get("step").asInt()).isPositive();
  }

  /** A two-fold, one-epoch GCN of eight hidden units: training in seconds, with more options. */
  private static Cli trainTiny(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "smell",
                "train",
                "--task",
                "fruity",
                "--model",
                "gcn",
                "--folds",
                "2",
                "--epochs",
                "1",
                "--hidden",
                "8",
                "--layers",
                "1",
                "--batch",
                "256"));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }
}
