package dev.learninglab.labs.smell.model.gnn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.learninglab.core.compute.Compute;
import dev.learninglab.core.compute.EpochReport;
import dev.learninglab.core.compute.TrainingDiverged;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.smell.model.graph.MolecularGraph;
import dev.learninglab.labs.smell.model.graph.OgbFeaturizer;
import dev.learninglab.testing.Checkpoints;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OdourGnnTest {
  private static final OgbFeaturizer FEATURIZER = new OgbFeaturizer();

  private static List<MolecularGraph> graphs(String... smiles) {
    return java.util.Arrays.stream(smiles).map(FEATURIZER::featurize).toList();
  }

  /** One block-diagonal batch gives each molecule what it gets alone (a lone atom included). */
  @ParameterizedTest
  @EnumSource(GnnConfig.Kind.class)
  void batchedEqualsOneByOne(GnnConfig.Kind kind) {
    List<MolecularGraph> molecules =
        graphs("CCO", "c1ccccc1O", "C", "CC(=O)OCC", "[NH4+].[Cl-]", "O=Cc1ccc(O)c(OC)c1");
    Compute.seed(3);
    try (Model model = Model.newInstance("t", Compute.device(), Compute.PYTORCH)) {
      OdourGnn block = new OdourGnn(new GnnConfig(kind, 16, 3, 2));
      block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 9));
      double[][] batched = GnnPredictor.probabilities(block, model.getNDManager(), molecules);
      for (int i = 0; i < molecules.size(); i++) {
        double[] alone =
            GnnPredictor.probabilities(block, model.getNDManager(), List.of(molecules.get(i)))[0];
        assertThat(batched[i][0]).isCloseTo(alone[0], within(1e-5));
        assertThat(batched[i][1]).isCloseTo(alone[1], within(1e-5));
      }
      // and the molecules differ, so the comparison is not between constants
      assertThat(batched[0][0]).isNotCloseTo(batched[1][0], within(1e-6));
      // per-atom shares add up to the logit minus the bias, for every molecule
      MolecularGraph vanillin = molecules.get(5);
      double[][] shares = GnnPredictor.atomContributions(block, model.getNDManager(), vanillin);
      assertThat(shares).hasNumberOfRows(vanillin.atomCount());
    }
  }

  /** A few epochs learn "has a nitrogen" from the graph alone (training ROC-AUC near 1). */
  @ParameterizedTest
  @EnumSource(GnnConfig.Kind.class)
  void learnsASyntheticGraphProperty(GnnConfig.Kind kind) throws Exception {
    String[] carbons = {
      "CCO",
      "CCCO",
      "CC(C)O",
      "CCCCO",
      "OCCO",
      "CC=O",
      "CCC(=O)O",
      "c1ccccc1O",
      "CC(C)CO",
      "CCOC",
      "C1CCCCC1O",
      "CCCCCC",
      "CC(=O)C",
      "OCC(O)CO",
      "c1ccccc1",
      "CCC=C"
    };
    String[] nitrogens = {
      "CCN",
      "CCCN",
      "CC(C)N",
      "CCCCN",
      "NCCN",
      "CC#N",
      "CCC(=O)N",
      "c1ccccc1N",
      "CC(C)CN",
      "CCNC",
      "C1CCCCC1N",
      "c1ccncc1",
      "CC(=O)N",
      "NCC(N)CN",
      "c1cc[nH]c1",
      "CCC=N"
    };
    List<MolecularGraph> all = new ArrayList<>(graphs(carbons));
    all.addAll(graphs(nitrogens));
    float[][] labels = new float[all.size()][];
    for (int i = 0; i < all.size(); i++) {
      labels[i] = new float[] {i < carbons.length ? 0 : 1};
    }
    int[] rows = IntStream.range(0, all.size()).toArray();
    GnnTraining training = new GnnTraining(new GnnConfig(kind, 16, 2, 1), 40, 8, 0.01f, 0f, 5, 1);
    try (GnnEnsemble trained =
        training.train(
            new GnnTraining.Inputs(
                all, labels, 1, rows, rows, TrainingListener.none(), Progress.none()))) {
      assertThat(GnnTraining.meanAuroc(labels, 1, rows, trained.probabilities(all)))
          .isGreaterThan(0.97);
    }
  }

  @Test
  void anEnsembleTrainsItsNetworksInTurnTellingTheListenerWhichIsWhich() throws Exception {
    List<MolecularGraph> molecules = graphs("CCO", "CCN", "CCCO", "CCCN");
    float[][] labels = {{0}, {1}, {0}, {1}};
    int[] rows = {0, 1, 2, 3};
    List<String> heard = new ArrayList<>();
    TrainingListener listener =
        new TrainingListener() {
          @Override
          public void runStarted(int index, int runs) {
            heard.add("network " + index + "/" + runs);
          }

          @Override
          public void epochEnded(EpochReport r) {
            heard.add("epoch " + r.epoch());
          }
        };
    GnnTraining training =
        new GnnTraining(new GnnConfig(GnnConfig.Kind.GCN, 8, 1, 1), 2, 4, 0.01f, 0f, 3, 2);
    try (GnnEnsemble trained =
        training.train(
            new GnnTraining.Inputs(molecules, labels, 1, rows, rows, listener, Progress.none()))) {
      assertThat(trained.members()).hasSize(2);
    }
    assertThat(heard)
        .containsExactly("network 0/2", "epoch 1", "epoch 2", "network 1/2", "epoch 1", "epoch 2");
  }

  @Test
  void anEnsembleAveragesItsMembersLogitsAndSurvivesSaving(@TempDir Path dir) throws Exception {
    List<MolecularGraph> molecules =
        graphs("CCO", "O=Cc1ccc(O)c(OC)c1", "CC(=O)OCC(C)C", "[Na+].[Cl-]");
    List<GnnEnsemble.Member> members = new ArrayList<>();
    for (int seed = 1; seed <= 3; seed++) {
      Compute.seed(seed);
      Model model = Model.newInstance("m" + seed, Compute.device(), Compute.PYTORCH);
      OdourGnn block = new OdourGnn(new GnnConfig(GnnConfig.Kind.EDGE, 8, 2, 2));
      block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 9));
      members.add(new GnnEnsemble.Member(model, block));
    }
    try (GnnEnsemble ensemble = new GnnEnsemble(members)) {
      double[][] p = ensemble.probabilities(molecules);
      for (int i = 0; i < molecules.size(); i++) {
        for (int t = 0; t < 2; t++) {
          double meanLogit = 0;
          for (GnnEnsemble.Member m : members) {
            meanLogit +=
                GnnPredictor.logits(m.block(), m.model().getNDManager(), molecules)[i][t] / 3;
          }
          assertThat(p[i][t]).isCloseTo(1 / (1 + Math.exp(-meanLogit)), within(1e-9));
        }
      }
      SavedModel.save(ensemble, List.of("sweet", "green"), dir);
      assertThat(dir.resolve("model-3.params")).exists();
      try (SavedModel loaded = SavedModel.load(dir)) {
        assertThat(loaded.ensemble().members()).hasSize(3);
        double[][] again = loaded.ensemble().probabilities(molecules);
        for (int i = 0; i < p.length; i++) {
          assertThat(again[i]).containsExactly(p[i], within(1e-6));
        }
      }
    }
  }

  @Test
  void aRunThatDivergesSaysWhereAndLeavesTheSavedModelByteForByte(@TempDir Path dir)
      throws Exception {
    List<MolecularGraph> molecules = graphs("CCO", "CCN", "CCCO", "CCCN");
    float[][] labels = {{0}, {1}, {0}, {1}};
    int[] rows = {0, 1, 2, 3};
    GnnTraining.Inputs inputs =
        new GnnTraining.Inputs(
            molecules, labels, 1, rows, rows, TrainingListener.none(), Progress.none());
    GnnTraining training =
        new GnnTraining(new GnnConfig(GnnConfig.Kind.GCN, 8, 2, 1), 2, 2, 0.01f, 0f, 3, 1);
    try (GnnEnsemble trained = training.train(inputs)) {
      SavedModel.save(trained, List.of("sweet"), dir);
    }
    Map<String, String> before = Checkpoints.contents(dir);

    GnnTraining diverging = training.with(8, 2, 2, 1e30f, 0f);
    assertThatThrownBy(() -> diverging.train(inputs))
        .isInstanceOfSatisfying(TrainingDiverged.class, e -> assertThat(e.step()).isPositive())
        .hasMessageStartingWith("Training diverged at epoch ")
        .hasMessageContaining("learning rate 1.00e+30");
    assertThat(Checkpoints.contents(dir)).isEqualTo(before);
  }
}
