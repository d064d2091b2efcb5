package dev.learninglab.labs.captioning.model;

import java.nio.file.Path;

/**
 * How to train a captioner: which model, epochs, Adam's learning rate (cosine-decayed to a tenth),
 * batch size, the seed, encoder pre-training epochs (v2 only), validation pictures scored by BLEU-4
 * after each epoch, where the best epoch goes, and an optional wall-time budget (0: none).
 */
public record TrainingSpec(
    ModelKind kind,
    int epochs,
    float learningRate,
    int batchSize,
    int seed,
    int pretrainEpochs,
    int validationImages,
    Path outDir,
    double maxMinutes) {

  /** The settings the shipped models were trained with, for {@code epochs} epochs. */
  public static TrainingSpec defaults(ModelKind kind, int epochs, Path outDir) {
    return new TrainingSpec(kind, epochs, 2e-3f, 64, 42, 3, 200, outDir, 0);
  }

  public TrainingSpec withSeed(int s) {
    return new TrainingSpec(
        kind,
        epochs,
        learningRate,
        batchSize,
        s,
        pretrainEpochs,
        validationImages,
        outDir,
        maxMinutes);
  }

  public TrainingSpec withMaxMinutes(double m) {
    return new TrainingSpec(
        kind, epochs, learningRate, batchSize, seed, pretrainEpochs, validationImages, outDir, m);
  }

  public TrainingSpec withSizes(int batch, int pretrain, int validation) {
    return new TrainingSpec(
        kind, epochs, learningRate, batch, seed, pretrain, validation, outDir, maxMinutes);
  }

  public Path paramsFile() {
    return outDir.resolve(ModelCard.paramsName(kind));
  }
}
