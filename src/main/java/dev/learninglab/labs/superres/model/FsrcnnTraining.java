package dev.learninglab.labs.superres.model;

import ai.djl.nn.Block;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import dev.learninglab.core.compute.BudgetCosine;
import dev.learninglab.core.compute.Checkpoint;
import dev.learninglab.core.compute.CheckpointCard;
import dev.learninglab.core.compute.EpochReport;
import dev.learninglab.core.compute.LayerLearningRates;
import dev.learninglab.core.compute.PlateauRate;
import dev.learninglab.core.compute.RmsProp;
import dev.learninglab.core.compute.StopReason;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.compute.TrainingLoop;
import dev.learninglab.core.compute.TrainingResult;
import dev.learninglab.core.task.Progress;
import java.nio.file.Files;
import java.util.List;

/**
 * Trains FSRCNN on HR luma images: MSE on 0–1 values, validation PSNR on a benchmark set after
 * every epoch, the best epoch's parameters and their {@link ModelCard} written together as one
 * checkpoint folder each time the validation improves. The optimiser and schedule are the spec's
 * {@link Recipe}'s: for the paper's, Adam with a learning rate decayed along a cosine over the
 * epochs or the time budget, whichever ends first ({@link BudgetCosine}), the deconvolution at a
 * fraction of it (the paper used SGD with 1e-3 for the convolutions and 1e-4 for the deconvolution;
 * Adam converges in far fewer steps, which matters on a CPU); for the tutorial's, RMSprop with the
 * rate halved on a validation plateau ({@link PlateauRate}) and early stopping.
 */
public final class FsrcnnTraining {

  /** What the run achieved, and why it stopped (completed, out of time or stopped early). */
  public record Outcome(
      List<EpochReport> epochs,
      double bestPsnr,
      int bestEpoch,
      double seconds,
      String params,
      StopReason stopped) {}

  private FsrcnnTraining() {}

  public static Outcome run(
      TrainingSpec spec,
      List<Plane> trainingImages,
      BenchmarkSet validation,
      TrainingListener listener,
      Progress progress)
      throws Exception {
    FsrcnnConfig config = spec.config();
    if (validation.scale() != config.scale()) {
      throw new IllegalArgumentException("validation set is for ×" + validation.scale());
    }
    PatchSource data =
        new PatchSource(
            trainingImages,
            config.scale(),
            spec.lrPatch(),
            spec.patchesPerEpoch(),
            spec.batchSize());
    long start = System.nanoTime();
    try (FsrcnnModel model = FsrcnnModel.create(config, spec.seed())) {
      double resumedPsnr = Double.NEGATIVE_INFINITY;
      if (spec.resume() && spec.checkpoint().exists()) {
        spec.checkpoint()
            .loadWeights(0, model.djlModel().getBlock(), model.djlModel().getNDManager());
        resumedPsnr = validation.meanPsnr(model);
      } else if (spec.initFrom() != null) {
        try (FsrcnnModel source = ModelLibrary.load(spec.initFrom())) {
          model.copyConvolutionsFrom(source);
        }
      }
      List<Block> layers = model.djlModel().getBlock().getChildren().values();
      Block deconvolution = layers.get(layers.size() - 1);
      TrainingLoop loop;
      if (spec.recipe() == Recipe.TUTORIAL) {
        PlateauRate plateau =
            new PlateauRate(
                spec.learningRate(),
                Recipe.PLATEAU_FACTOR,
                Recipe.PLATEAU_PATIENCE,
                spec.learningRate() / 100);
        LayerLearningRates rates =
            new LayerLearningRates(plateau, spec.deconvLrFactor(), deconvolution);
        Optimizer rmsprop = new RmsProp(rates);
        loop =
            new TrainingLoop(Loss.l2Loss("mse", 1f), rmsprop, rates)
                .listener(TrainingListener.both(listener, plateau))
                .earlyStopping(Recipe.EARLY_STOP_PATIENCE);
      } else {
        // the cosine runs over the epochs or the time budget, whichever ends first
        BudgetCosine cosine =
            new BudgetCosine(
                spec.learningRate(),
                spec.learningRate() / 100,
                Math.max(1, spec.epochs() * data.batches()),
                spec.maxMinutes() * 60,
                System::nanoTime);
        LayerLearningRates rates =
            new LayerLearningRates(cosine, spec.deconvLrFactor(), deconvolution);
        Optimizer adam = Optimizer.adam().optLearningRateTracker(rates).build();
        loop = new TrainingLoop(Loss.l2Loss("mse", 1f), adam, rates).listener(listener);
      }
      loop.validator(m -> validation.meanPsnr(model)).bestSoFar(resumedPsnr);
      TrainingResult result =
          loop.run(
              model.djlModel(),
              data,
              new TrainingLoop.Options(
                  spec.epochs(),
                  spec.seed(),
                  new ai.djl.ndarray.types.Shape(
                      spec.batchSize(), 1, spec.lrPatch(), spec.lrPatch()),
                  checkpoint(spec, trainingImages.size() + " images"),
                  spec.maxMinutes() * 60),
              progress);
      if (Files.isRegularFile(spec.paramsFile())) {
        // while the PyTorch engine runs anyway: ONNX Runtime will serve the result without it
        ModelLibrary.exportForOnnx(spec.paramsFile());
      }
      return new Outcome(
          result.epochs(),
          result.bestValidation(),
          result.bestEpoch(),
          (System.nanoTime() - start) / 1e9,
          spec.paramsFile().toString(),
          result.stopped());
    }
  }

  /**
   * Writes the parameters and their card together into {@link TrainingSpec#checkpointDir()}: a kill
   * at any moment leaves the previous best or the new one, each with its own description.
   */
  private static Checkpoint checkpoint(TrainingSpec spec, String trainedOn) {
    ModelCard card = ModelCard.of(spec.config(), trainedOn);
    return spec.checkpoint()
        .checkpoint((epoch, psnr) -> CheckpointCard.of(ModelCard.LAB, 1, epoch, psnr, card));
  }
}
