package dev.learninglab.labs.smell.model.gnn;

import ai.djl.Model;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.learninglab.core.compute.Compute;
import dev.learninglab.core.compute.ParameterFiles;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.compute.TrainingLoop;
import dev.learninglab.core.compute.TrainingResult;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.smell.model.eval.BinaryMetrics;
import dev.learninglab.labs.smell.model.graph.MolecularGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Trains one {@link OdourGnn} with the shared training loop: Adam, sigmoid cross-entropy per label,
 * validation ROC-AUC after every epoch, and the best epoch's parameters kept (early stopping by
 * selection).
 *
 * @param config the network
 * @param epochs upper bound on epochs
 * @param batchSize molecules per step
 * @param learningRate Adam's step
 * @param weightDecay Adam's L2 penalty on the weights (0 for none)
 * @param seed seeds PyTorch's initialisation and the shuffling; member k of an ensemble uses seed +
 *     k
 * @param members networks trained from different seeds whose logits are averaged (1: one network)
 */
public record GnnTraining(
    GnnConfig config,
    int epochs,
    int batchSize,
    float learningRate,
    float weightDecay,
    int seed,
    int members) {

  /**
   * The recipe {@code smell train} uses unless told otherwise. GCN: the tutorial's shape (64 wide,
   * 3 layers). Edge: the settings chosen by the cross-validation in docs/labs/smell.md.
   */
  public static GnnTraining recipe(GnnConfig.Kind kind, int tasks, int epochs, int seed) {
    return kind == GnnConfig.Kind.GCN
        ? new GnnTraining(new GnnConfig(kind, 64, 3, tasks), epochs, 64, 0.003f, 0f, seed, 1)
        : new GnnTraining(new GnnConfig(kind, 128, 3, tasks), epochs, 64, 0.002f, 1e-5f, seed, 1);
  }

  /** The same recipe with another network shape, step or batch. */
  public GnnTraining with(int hidden, int layers, int batch, float lr, float decay) {
    return new GnnTraining(
        new GnnConfig(config.kind(), hidden, layers, config.tasks()),
        epochs,
        batch,
        lr,
        decay,
        seed,
        members);
  }

  /** The same recipe as an ensemble of {@code count} networks. */
  public GnnTraining withMembers(int count) {
    if (count < 1 || count > 20) {
      throw new IllegalArgumentException("--ensemble must be between 1 and 20, got " + count);
    }
    return new GnnTraining(config, epochs, batchSize, learningRate, weightDecay, seed, count);
  }

  /**
   * What a run learns from and reports to: the networks learn to output every column of {@code
   * targets} on the {@code train} rows, and each keeps its epoch with the best mean ROC-AUC on the
   * {@code validation} rows over the first {@code scored} columns (the others are auxiliary labels,
   * learnt but not judged), or its last epoch when there are no validation rows. The listener hears
   * every network's epochs in turn.
   */
  public record Inputs(
      List<MolecularGraph> graphs,
      float[][] targets,
      int scored,
      int[] train,
      int[] validation,
      TrainingListener listener,
      Progress progress) {}

  /** Trains {@link #members} networks, from seeds {@code seed}, {@code seed + 1}, … */
  public GnnEnsemble train(Inputs inputs) throws Exception {
    List<GnnEnsemble.Member> trained = new ArrayList<>();
    try {
      for (int k = 0; k < members; k++) {
        inputs.listener().runStarted(k, members);
        trained.add(trainOne(seed + k, inputs));
      }
      return new GnnEnsemble(trained);
    } catch (Exception | Error e) {
      trained.forEach(m -> m.model().close());
      throw e;
    }
  }

  private GnnEnsemble.Member trainOne(int memberSeed, Inputs in) throws Exception {
    Compute.seed(memberSeed);
    Model model =
        Model.newInstance("smell-" + config.kind().cliName(), Compute.device(), Compute.PYTORCH);
    OdourGnn block = new OdourGnn(config);
    model.setBlock(block);
    Path checkpoint = Files.createTempFile("smell-gnn", ".params");
    try {
      List<MolecularGraph> valGraphs =
          Arrays.stream(in.validation()).mapToObj(in.graphs()::get).toList();
      Tracker rate = Tracker.fixed(learningRate);
      TrainingLoop loop =
          new TrainingLoop(
                  Loss.sigmoidBinaryCrossEntropyLoss(),
                  Optimizer.adam()
                      .optLearningRateTracker(rate)
                      .optWeightDecays(weightDecay)
                      .build(),
                  rate)
              .listener(in.listener());
      if (in.validation().length > 0) { // without held-out rows the last epoch is kept
        loop.validator(
            m ->
                meanAuroc(
                    in.targets(),
                    in.scored(),
                    in.validation(),
                    GnnPredictor.probabilities(block, m.getNDManager(), valGraphs)));
      }
      TrainingResult result =
          loop.run(
              model,
              new GraphBatches(in.graphs(), in.targets(), in.train(), batchSize),
              new TrainingLoop.Options(
                  epochs,
                  memberSeed,
                  new Shape(1, 9),
                  (b, epoch, auroc) -> ParameterFiles.save(b, checkpoint)),
              in.progress());
      ParameterFiles.load(block, model.getNDManager(), checkpoint);
      return new GnnEnsemble.Member(model, block, result.bestEpoch(), result.bestValidation());
    } catch (Exception | Error e) {
      model.close();
      throw e;
    } finally {
      Files.deleteIfExists(checkpoint);
    }
  }

  /**
   * Mean ROC-AUC over the first {@code scored} labels, counting those that have both classes among
   * {@code rows}.
   */
  public static double meanAuroc(float[][] labels, int scored, int[] rows, double[][] scores) {
    double sum = 0;
    int counted = 0;
    for (int t = 0; t < scored; t++) {
      final int task = t;
      int[] y = Arrays.stream(rows).map(i -> labels[i][task] > 0.5f ? 1 : 0).toArray();
      double[] s = Arrays.stream(scores).mapToDouble(r -> r[task]).toArray();
      double auc = BinaryMetrics.rocAuc(y, s);
      if (!Double.isNaN(auc)) {
        sum += auc;
        counted++;
      }
    }
    return counted == 0 ? Double.NaN : sum / counted;
  }
}
