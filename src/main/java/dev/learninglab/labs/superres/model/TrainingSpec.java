package dev.learninglab.labs.superres.model;

import java.nio.file.Path;

/**
 * How to train an FSRCNN: architecture, epochs, Adam's learning rate, sub-images per epoch and
 * per batch, the LR sub-image side, the seed, where the best parameters go, and whether to
 * resume from the parameters already there.
 */
public record TrainingSpec(
    FsrcnnConfig config,
    int epochs,
    float learningRate,
    int patchesPerEpoch,
    int batchSize,
    int lrPatch,
    int seed,
    Path outDir,
    boolean resume) {

  /** Defaults used by the CLI and the Train panel: FSRCNN-s, Adam 1e-3, batches of 64. */
  public static TrainingSpec defaults(int scale, int epochs, Path outDir) {
    return new TrainingSpec(
        FsrcnnConfig.small(scale), epochs, 1e-3f, 8192, 64, 16, 42, outDir, false);
  }

  public TrainingSpec withConfig(FsrcnnConfig c) {
    return new TrainingSpec(c, epochs, learningRate, patchesPerEpoch, batchSize, lrPatch, seed, outDir, resume);
  }

  public TrainingSpec withLearningRate(float lr) {
    return new TrainingSpec(config, epochs, lr, patchesPerEpoch, batchSize, lrPatch, seed, outDir, resume);
  }

  public TrainingSpec withResume(boolean r) {
    return new TrainingSpec(config, epochs, learningRate, patchesPerEpoch, batchSize, lrPatch, seed, outDir, r);
  }

  public TrainingSpec withPatches(int perEpoch, int batch, int patch) {
    return new TrainingSpec(config, epochs, learningRate, perEpoch, batch, patch, seed, outDir, resume);
  }

  /** The best parameters' file. */
  public Path paramsFile() {
    return outDir.resolve(ModelLibrary.fileName(config.scale()));
  }
}
