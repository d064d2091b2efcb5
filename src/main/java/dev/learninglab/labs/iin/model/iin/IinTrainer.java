package dev.learninglab.labs.iin.model.iin;

import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.djl.training.tracker.Tracker;
import dev.learninglab.core.compute.CheckpointCard;
import dev.learninglab.core.compute.CheckpointFolder;
import dev.learninglab.core.compute.Compute;
import dev.learninglab.core.compute.StopReason;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.compute.TrainingLoop;
import dev.learninglab.core.compute.TrainingResult;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.iin.model.ae.Autoencoder;
import dev.learninglab.labs.iin.model.ae.StageOne;
import dev.learninglab.labs.iin.model.data.ColourDigits;
import dev.learninglab.labs.iin.model.flow.Flow;
import dev.learninglab.labs.iin.model.flow.FlowAdam;
import dev.learninglab.labs.iin.model.flow.FlowShape;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Stage 2: the flow T trained on the frozen autoencoder's codes of pairs that share a factor, with
 * the factor loss (ρ = 0.975) and Adam (β = 0.5, 0.9). The chunk sizes come from the correlation of
 * paired codes ({@link FactorSizes}). The result is written as one folder holding stage 1's
 * networks and T.
 */
public final class IinTrainer {
  public static final int PAIRS = 128;
  public static final int BLOCKS = 6;
  public static final int HIDDEN = 128;
  public static final int DEPTH = 1;
  public static final float LEARNING_RATE = 1e-3f;

  private IinTrainer() {}

  /** What to train: {@code blocks} and {@code hidden} are small in tests. */
  public record Recipe(
      int epochs, int stepsPerEpoch, int blocks, int hidden, float learningRate, int seed) {
    public static Recipe standard(int epochs, float learningRate, int seed) {
      return new Recipe(epochs, ColourDigits.TRAIN / PAIRS, BLOCKS, HIDDEN, learningRate, seed);
    }
  }

  public static IinCard train(
      CheckpointFolder stageOneFolder,
      ColourDigits data,
      Recipe recipe,
      CheckpointFolder out,
      TrainingListener listener,
      Progress progress)
      throws Exception {
    if (recipe.epochs() < 1) {
      throw new IllegalArgumentException("Epochs must be at least 1, got " + recipe.epochs());
    }
    try (StageOne stage = StageOne.load(stageOneFolder)) {
      progress.report(0, 1, "encoding the training digits in every tint");
      PairCodes codes = PairCodes.encode(stage, data.train());
      Map<String, Double> scores = FactorSizes.scores(codes, recipe.seed());
      FactorLayout layout = FactorSizes.layout(scores, Autoencoder.CODE);
      Compute.seed(recipe.seed());
      FlowShape shape =
          new FlowShape(Autoencoder.CODE, recipe.blocks(), recipe.hidden(), DEPTH, recipe.seed());
      Flow flow = new Flow(shape);
      try (Model model = Model.newInstance("iin-flow", Compute.device(), Compute.PYTORCH)) {
        model.setBlock(flow);
        Shape input = new Shape(2L * PAIRS, Autoencoder.CODE);
        flow.initialize(model.getNDManager(), DataType.FLOAT32, input);
        FactorBatches batches = new FactorBatches(codes, layout, PAIRS, recipe.stepsPerEpoch());
        try (NDManager scope = model.getNDManager().newSubManager()) {
          flow.initialiseFrom(
              new ParameterStore(scope, false),
              batches.make(scope, new Random(recipe.seed())).inputs().singletonOrThrow());
        }
        Tracker rate = Tracker.fixed(recipe.learningRate());
        TrainingResult result =
            new TrainingLoop(new FactorLoss(), FlowAdam.build(rate), rate)
                .listener(listener)
                .run(
                    model,
                    batches,
                    new TrainingLoop.Options(recipe.epochs(), recipe.seed(), input, null),
                    progress);
        double last = result.epochs().get(result.epochs().size() - 1).trainLoss();
        IinCard card =
            new IinCard(
                IinCard.KIND,
                stage.card().dataset(),
                stage.card(),
                shape,
                PairCodes.FACTORS,
                layout.sizes(),
                scores,
                FactorLoss.RHO,
                recipe.epochs(),
                last);
        List<ai.djl.nn.Block> members = new java.util.ArrayList<>(stage.members());
        members.add(flow);
        out.write(
            CheckpointCard.of(StageOne.LAB, 3, recipe.epochs(), Double.NaN, card)
                .stopped(StopReason.COMPLETED),
            members);
        return card;
      }
    }
  }
}
