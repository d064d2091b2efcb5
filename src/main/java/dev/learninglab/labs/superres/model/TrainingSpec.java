package dev.learninglab.labs.superres.model;

import dev.learninglab.core.compute.CheckpointFolder;
import java.nio.file.Path;

/**
 * How to train an FSRCNN: architecture, epochs, Adam's initial learning rate (decayed along a
 * cosine to 1/100 of it) and the factor the deconvolution's rate is multiplied by (the paper's 0.1:
 * it learns ten times slower than the convolutions), sub-images per epoch and per batch, the LR
 * sub-image side, the seed, where the best parameters go, whether to resume from the parameters
 * already there, an optional wall-time budget in minutes (0: none), the network to start from and
 * the {@link Recipe} (optimiser and schedule) it is trained with.
 */
public record TrainingSpec(
    FsrcnnConfig config,
    int epochs,
    float learningRate,
    float deconvLrFactor,
    int patchesPerEpoch,
    int batchSize,
    int lrPatch,
    int seed,
    Path outDir,
    boolean resume,
    double maxMinutes,
    Path initFrom,
    Recipe recipe) {

  /**
   * The Train tab's epochs: enough for FSRCNN-s at ×3 to pass bicubic on the held-out tenth of T91
   * (27.16 against 26.59 dB after 10, 44 s; the tab's former 5 stopped at 26.5).
   */
  public static final int TAB_EPOCHS = 10;

  /**
   * The paper recipe's defaults, used by the CLI and the Train panel: FSRCNN-s, Adam 3e-3
   * (deconvolution ×0.1), 16×16 input sub-images in batches of 64.
   */
  public static TrainingSpec defaults(int scale, int epochs, Path outDir) {
    return defaults(Recipe.PAPER, scale, epochs, outDir);
  }

  /** {@code recipe}'s defaults: its network, rates and batch; 8192 16×16 sub-images an epoch. */
  public static TrainingSpec defaults(Recipe recipe, int scale, int epochs, Path outDir) {
    return new TrainingSpec(
        recipe.config(scale),
        epochs,
        recipe.learningRate(),
        recipe.deconvLrFactor(),
        8192,
        recipe.batchSize(),
        16,
        42,
        outDir,
        false,
        0,
        null,
        recipe);
  }

  public TrainingSpec withConfig(FsrcnnConfig c) {
    Copy copy = new Copy(this);
    copy.config = c;
    return copy.spec();
  }

  public TrainingSpec withLearningRate(float lr) {
    Copy copy = new Copy(this);
    copy.learningRate = lr;
    return copy.spec();
  }

  public TrainingSpec withSeed(int seed) {
    Copy copy = new Copy(this);
    copy.seed = seed;
    return copy.spec();
  }

  public TrainingSpec withMaxMinutes(double minutes) {
    Copy copy = new Copy(this);
    copy.maxMinutes = minutes;
    return copy.spec();
  }

  public TrainingSpec withResume(boolean r) {
    Copy copy = new Copy(this);
    copy.resume = r;
    return copy.spec();
  }

  public TrainingSpec withDeconvLrFactor(float factor) {
    Copy copy = new Copy(this);
    copy.deconvLrFactor = factor;
    return copy.spec();
  }

  /**
   * Starts from the convolutions of the network in {@code params} (another scale's): the paper's
   * way to train ×2 and ×4 from a ×3 network, only the deconvolution starting afresh.
   */
  public TrainingSpec withInitFrom(Path params) {
    Copy copy = new Copy(this);
    copy.initFrom = params;
    return copy.spec();
  }

  public TrainingSpec withPatches(int perEpoch, int batch, int patch) {
    Copy copy = new Copy(this);
    copy.patchesPerEpoch = perEpoch;
    copy.batchSize = batch;
    copy.lrPatch = patch;
    return copy.spec();
  }

  /** A spec's fields, open to change: each wither sets its own and builds the new spec. */
  private static final class Copy {
    FsrcnnConfig config;
    int epochs;
    float learningRate;
    float deconvLrFactor;
    int patchesPerEpoch;
    int batchSize;
    int lrPatch;
    int seed;
    Path outDir;
    boolean resume;
    double maxMinutes;
    Path initFrom;
    Recipe recipe;

    Copy(TrainingSpec s) {
      config = s.config;
      epochs = s.epochs;
      learningRate = s.learningRate;
      deconvLrFactor = s.deconvLrFactor;
      patchesPerEpoch = s.patchesPerEpoch;
      batchSize = s.batchSize;
      lrPatch = s.lrPatch;
      seed = s.seed;
      outDir = s.outDir;
      resume = s.resume;
      maxMinutes = s.maxMinutes;
      initFrom = s.initFrom;
      recipe = s.recipe;
    }

    TrainingSpec spec() {
      return new TrainingSpec(
          config,
          epochs,
          learningRate,
          deconvLrFactor,
          patchesPerEpoch,
          batchSize,
          lrPatch,
          seed,
          outDir,
          resume,
          maxMinutes,
          initFrom,
          recipe);
    }
  }

  /**
   * The best checkpoint: a folder {@code fsrcnn-xN} in {@link #outDir} holding the parameters and
   * their card, replaced as one unit.
   */
  public Path checkpointDir() {
    return outDir.resolve(ModelLibrary.checkpointName(config.scale()));
  }

  /** The best checkpoint as the core format reads and writes it. */
  public CheckpointFolder checkpoint() {
    return CheckpointFolder.at(checkpointDir(), ModelLibrary.checkpointName(config.scale()));
  }

  /** The best parameters' file, inside {@link #checkpointDir()}. */
  public Path paramsFile() {
    return checkpointDir().resolve(ModelLibrary.fileName(config.scale()));
  }
}
