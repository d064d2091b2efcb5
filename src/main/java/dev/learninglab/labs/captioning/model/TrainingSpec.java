package dev.learninglab.labs.captioning.model;

import dev.learninglab.core.compute.CheckpointFolder;
import java.nio.file.Path;

/**
 * How to train a captioner: which model, epochs, Adam's learning rate (cosine-decayed to a tenth),
 * batch size, the seed, encoder pre-training epochs (v2 only), validation pictures scored by BLEU-4
 * after each epoch, where the best epoch goes, an optional wall-time budget (0: none) and whether
 * to resume from the checkpoint already there.
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
    double maxMinutes,
    boolean resume) {

  /** The settings the shipped models were trained with, for {@code epochs} epochs. */
  public static TrainingSpec defaults(ModelKind kind, int epochs, Path outDir) {
    return new TrainingSpec(kind, epochs, 2e-3f, 64, 42, 3, 200, outDir, 0, false);
  }

  public TrainingSpec withSeed(int s) {
    Copy copy = new Copy(this);
    copy.seed = s;
    return copy.spec();
  }

  public TrainingSpec withMaxMinutes(double m) {
    Copy copy = new Copy(this);
    copy.maxMinutes = m;
    return copy.spec();
  }

  public TrainingSpec withSizes(int batch, int pretrain, int validation) {
    Copy copy = new Copy(this);
    copy.batchSize = batch;
    copy.pretrainEpochs = pretrain;
    copy.validationImages = validation;
    return copy.spec();
  }

  /** Starts from the checkpoint in {@link #checkpointDir()} (if there is one) at this rate. */
  public TrainingSpec withResume(boolean r, float rate) {
    Copy copy = new Copy(this);
    copy.resume = r;
    copy.learningRate = rate;
    return copy.spec();
  }

  /** A spec's fields, open to change: each wither sets its own and builds the new spec. */
  private static final class Copy {
    ModelKind kind;
    int epochs;
    float learningRate;
    int batchSize;
    int seed;
    int pretrainEpochs;
    int validationImages;
    Path outDir;
    double maxMinutes;
    boolean resume;

    Copy(TrainingSpec s) {
      kind = s.kind;
      epochs = s.epochs;
      learningRate = s.learningRate;
      batchSize = s.batchSize;
      seed = s.seed;
      pretrainEpochs = s.pretrainEpochs;
      validationImages = s.validationImages;
      outDir = s.outDir;
      maxMinutes = s.maxMinutes;
      resume = s.resume;
    }

    TrainingSpec spec() {
      return new TrainingSpec(
          kind,
          epochs,
          learningRate,
          batchSize,
          seed,
          pretrainEpochs,
          validationImages,
          outDir,
          maxMinutes,
          resume);
    }
  }

  /**
   * The checkpoint folder, {@code OUT/vN/}: the best epoch's parameters and their card, replaced as
   * one unit.
   */
  public Path checkpointDir() {
    return outDir.resolve(kind.id());
  }

  /**
   * The best checkpoint as the core format reads and writes it: {@code vN.json}, {@code vN.params}.
   */
  public CheckpointFolder checkpoint() {
    return CheckpointFolder.at(checkpointDir(), kind.id());
  }

  /** The best parameters' file, inside {@link #checkpointDir()}. */
  public Path paramsFile() {
    return checkpointDir().resolve(checkpoint().weightsName(0));
  }
}
