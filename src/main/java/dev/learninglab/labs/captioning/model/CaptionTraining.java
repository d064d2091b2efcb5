package dev.learninglab.labs.captioning.model;

import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.learninglab.core.compute.EpochReport;
import dev.learninglab.core.compute.ParameterFiles;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.compute.TrainingLoop;
import dev.learninglab.core.compute.TrainingResult;
import dev.learninglab.core.task.Progress;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains a captioner on the shapes data: vocabulary from the training captions, (v2) encoder
 * pre-training then freezing, Adam with a cosine-decayed rate, validation BLEU-4 of greedy captions
 * on the first dev pictures after every epoch, the best epoch's parameters and its {@link
 * ModelCard} written to the output folder. v1 and v2 use the tutorial's loss (padding counted); v3
 * the masked one.
 */
public final class CaptionTraining {

  /** What the run achieved; {@code pretraining} is empty except for v2. */
  public record Outcome(
      String model,
      List<EpochReport> epochs,
      List<EpochReport> pretraining,
      double bestBleu4,
      int bestEpoch,
      double seconds,
      String params) {}

  private CaptionTraining() {}

  /** Longest caption of the training split in tokens, plus {@code <end>}. */
  static int steps(List<? extends CaptionedImage> train) {
    int max = 0;
    for (CaptionedImage i : train) {
      for (String c : i.captions()) {
        max = Math.max(max, Tokenizer.tokens(c).size());
      }
    }
    return Math.min(max + 1, 39);
  }

  public static Outcome run(
      TrainingSpec spec, ShapesDataset data, TrainingListener listener, Progress progress)
      throws Exception {
    long start = System.nanoTime();
    List<ShapesExample> train = data.split(Split.TRAIN);
    List<ShapesExample> dev =
        data.split(Split.DEV)
            .subList(0, Math.min(spec.validationImages(), data.split(Split.DEV).size()));
    List<List<String>> tokens = new ArrayList<>();
    train.forEach(e -> e.captions().forEach(c -> tokens.add(Tokenizer.tokens(c))));
    Vocabulary vocabulary = Vocabulary.build(tokens, 10_000);
    int steps = steps(train);
    List<float[]> devPixels = dev.stream().map(ShapesExample::pixels).toList();
    try (Captioner captioner = Captioner.create(spec.kind(), vocabulary, steps, spec.seed())) {
      List<EpochReport> pretraining = List.of();
      if (spec.kind() == ModelKind.V2) {
        RepeatDecoder block = (RepeatDecoder) captioner.djlModel().getBlock();
        pretraining =
            EncoderPretraining.run(
                    block.encoder(),
                    captioner.djlModel().getNDManager(),
                    train,
                    spec.pretrainEpochs(),
                    spec.batchSize(),
                    spec.seed(),
                    listener,
                    progress)
                .epochs();
        block.freezeEncoder();
      }
      CaptionBatches batches =
          new CaptionBatches(
              train, vocabulary, steps, spec.batchSize(), spec.kind().autoregressive());
      Tracker cosine =
          Tracker.cosine()
              .setBaseValue(spec.learningRate())
              .optFinalValue(spec.learningRate() / 10)
              .setMaxUpdates(Math.max(1, spec.epochs() * batches.batches()))
              .build();
      TrainingLoop loop =
          new TrainingLoop(
                  new CaptionLoss(spec.kind() == ModelKind.V3),
                  Optimizer.adam().optLearningRateTracker(cosine).build())
              .listener(listener)
              .validator(m -> bleu4(captioner, dev, devPixels));
      TrainingResult result =
          loop.run(
              captioner.djlModel(),
              batches,
              new TrainingLoop.Options(
                  spec.epochs(),
                  spec.seed(),
                  Encoder.imageShape(spec.batchSize()),
                  (block, epoch, score) -> ParameterFiles.save(block, spec.paramsFile()),
                  spec.maxMinutes() * 60),
              progress);
      double seconds = (System.nanoTime() - start) / 1e9;
      new ModelCard(
              spec.kind().id(),
              vocabulary.words(),
              steps,
              "shapes",
              data.seed(),
              spec.seed(),
              result.epochs().size(),
              result.bestEpoch(),
              result.bestValidation(),
              seconds)
          .write(spec.outDir());
      return new Outcome(
          spec.kind().id(),
          result.epochs(),
          pretraining,
          result.bestValidation(),
          result.bestEpoch(),
          seconds,
          spec.paramsFile().toString());
    }
  }

  private static double bleu4(Captioner captioner, List<ShapesExample> dev, List<float[]> pixels) {
    List<Caption> captions = captioner.captionAll(pixels);
    List<List<List<String>>> refs = new ArrayList<>();
    dev.forEach(e -> refs.add(e.captions().stream().map(Tokenizer::tokens).toList()));
    return Bleu.corpus(refs, captions.stream().map(Caption::tokens).toList())[3];
  }
}
