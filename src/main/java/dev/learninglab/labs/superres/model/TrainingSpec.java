package dev.learninglab.labs.superres.model;

import java.nio.file.Path;

/**
 * How to train an FSRCNN: architecture, epochs, Adam's initial learning rate (decayed along a
 * cosine to 1/100 of it) and the factor the deconvolution's rate is multiplied by (the paper's 0.1:
 * it learns ten times slower than the convolutions), sub-images per epoch and per batch, the LR
 * sub-image side, the seed, where the best parameters go, whether to resume from the parameters
 * already there, and an optional wall-time budget in minutes (0: none).
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
    Path initFrom) {

  /**
   * Defaults used by the CLI and the Train panel: FSRCNN-s, Adam 3e-3 (deconvolution ×0.1), 16×16
   * input sub-images in batches of 64.
   */
  public static TrainingSpec defaults(int scale, int epochs, Path outDir) {
    return new TrainingSpec(
        FsrcnnConfig.small(scale), epochs, 3e-3f, 0.1f, 8192, 64, 16, 42, outDir, false, 0, null);
  }

  public TrainingSpec withConfig(FsrcnnConfig c) {
    return new TrainingSpec(
        c,
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
        initFrom);
  }

  public TrainingSpec withLearningRate(float lr) {
    return new TrainingSpec(
        config,
        epochs,
        lr,
        deconvLrFactor,
        patchesPerEpoch,
        batchSize,
        lrPatch,
        seed,
        outDir,
        resume,
        maxMinutes,
        initFrom);
  }

  public TrainingSpec withMaxMinutes(double minutes) {
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
        minutes,
        initFrom);
  }

  public TrainingSpec withResume(boolean r) {
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
        r,
        maxMinutes,
        initFrom);
  }

  public TrainingSpec withDeconvLrFactor(float factor) {
    return new TrainingSpec(
        config,
        epochs,
        learningRate,
        factor,
        patchesPerEpoch,
        batchSize,
        lrPatch,
        seed,
        outDir,
        resume,
        maxMinutes,
        initFrom);
  }

  /**
   * Starts from the convolutions of the network in {@code params} (another scale's): the paper's
   * way to train ×2 and ×4 from a ×3 network, only the deconvolution starting afresh.
   */
  public TrainingSpec withInitFrom(Path params) {
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
        params);
  }

  public TrainingSpec withPatches(int perEpoch, int batch, int patch) {
    return new TrainingSpec(
        config,
        epochs,
        learningRate,
        deconvLrFactor,
        perEpoch,
        batch,
        patch,
        seed,
        outDir,
        resume,
        maxMinutes,
        initFrom);
  }

  /**
   * The best checkpoint: a folder {@code fsrcnn-xN} in {@link #outDir} holding the parameters and
   * their {@link ModelCard}, replaced as one unit.
   */
  public Path checkpointDir() {
    String params = ModelLibrary.fileName(config.scale());
    return outDir.resolve(params.substring(0, params.length() - ".params".length()));
  }

  /** The best parameters' file, inside {@link #checkpointDir()}. */
  public Path paramsFile() {
    return checkpointDir().resolve(ModelLibrary.fileName(config.scale()));
  }
}
