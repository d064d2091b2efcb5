package dev.learninglab.labs.captioning.model;

import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.learninglab.core.compute.Checkpoint;
import dev.learninglab.core.compute.CheckpointCard;
import dev.learninglab.core.compute.EpochReport;
import dev.learninglab.core.compute.StopReason;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.compute.TrainingLoop;
import dev.learninglab.core.compute.TrainingResult;
import dev.learninglab.core.task.Progress;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains a captioner on a {@link CaptionCorpus} (the shapes scenes or Flickr8k's photos):
 * vocabulary from the training captions, (v2) encoder pre-training then freezing, Adam with a
 * cosine-decayed rate, validation BLEU-4 of greedy captions on the first dev pictures after every
 * epoch, the best epoch's parameters and its {@link ModelCard} written together as one checkpoint
 * folder ({@link TrainingSpec#checkpointDir()}), the previous best kept until the new one is
 * complete. v1 and v2 use the tutorial's loss (padding counted); v3 the masked one. A resumed run
 * starts from that folder's parameters and replaces them only with a better epoch.
 */
public final class CaptionTraining {

  /**
   * What the run achieved, and why it stopped (completed or out of time); {@code pretraining} is
   * empty except for v2.
   */
  public record Outcome(
      String model,
      List<EpochReport> epochs,
      List<EpochReport> pretraining,
      double bestBleu4,
      int bestEpoch,
      double seconds,
      String params,
      StopReason stopped) {}

  private CaptionTraining() {}

  /**
   * The tutorial's caption length: every caption padded to 39 steps, and v1/v2's loss counts the
   * padding, so most of what they learn is to predict padding.
   */
  static final int TUTORIAL_STEPS = 39;

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

  /** Trains; {@code listener} hears the caption training and v2's encoder pre-training alike. */
  public static Outcome run(
      TrainingSpec spec, CaptionCorpus data, TrainingListener listener, Progress progress)
      throws Exception {
    return run(spec, data, listener, listener, progress);
  }

  /**
   * Trains, telling v2's encoder pre-training (attribute loss, not caption loss) to {@code
   * pretrainingListener} and the caption training to {@code listener}. v2 trains on the shapes
   * only: its encoder is pre-trained on the scenes' attributes, which photos do not have.
   */
  public static Outcome run(
      TrainingSpec spec,
      CaptionCorpus data,
      TrainingListener listener,
      TrainingListener pretrainingListener,
      Progress progress)
      throws Exception {
    checkModelFits(spec.kind(), data.name());
    long start = System.nanoTime();
    List<? extends CaptionedImage> train = data.split(Split.TRAIN);
    List<? extends CaptionedImage> dev =
        data.split(Split.DEV)
            .subList(0, Math.min(spec.validationImages(), data.split(Split.DEV).size()));
    List<List<String>> tokens = new ArrayList<>();
    train.forEach(e -> e.captions().forEach(c -> tokens.add(Tokenizer.tokens(c))));
    Vocabulary vocabulary = Vocabulary.build(tokens, 10_000);
    int steps = spec.kind().autoregressive() ? steps(train) : TUTORIAL_STEPS;
    List<float[]> devPixels = dev.stream().map(CaptionedImage::pixels).toList();
    CheckpointCard resumed = spec.resume() ? resumable(spec, vocabulary, steps) : null;
    try (Captioner captioner = Captioner.create(spec.kind(), vocabulary, steps, spec.seed())) {
      if (resumed != null) {
        spec.checkpoint()
            .loadWeights(0, captioner.djlModel().getBlock(), captioner.djlModel().getNDManager());
        // loaded arrays come without gradients; training needs them on every trainable one
        captioner
            .djlModel()
            .getBlock()
            .getParameters()
            .values()
            .forEach(p -> p.getArray().setRequiresGradient(p.requiresGradient()));
      }
      List<EpochReport> pretraining = List.of();
      if (spec.kind() == ModelKind.V2 && resumed != null) {
        ((RepeatDecoder) captioner.djlModel().getBlock()).freezeEncoder();
      } else if (spec.kind() == ModelKind.V2 && data instanceof ShapesDataset shapes) {
        RepeatDecoder block = (RepeatDecoder) captioner.djlModel().getBlock();
        pretraining =
            EncoderPretraining.run(
                    block.encoder(),
                    captioner.djlModel().getNDManager(),
                    shapes.split(Split.TRAIN),
                    spec.pretrainEpochs(),
                    spec.batchSize(),
                    spec.seed(),
                    pretrainingListener,
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
                  Optimizer.adam().optLearningRateTracker(cosine).build(),
                  cosine)
              .listener(listener)
              .validator(m -> bleu4(captioner, dev, devPixels))
              .bestSoFar(resumed == null ? Double.NEGATIVE_INFINITY : score(resumed));
      TrainingResult result =
          loop.run(
              captioner.djlModel(),
              batches,
              new TrainingLoop.Options(
                  spec.epochs(),
                  spec.seed(),
                  Encoder.imageShape(spec.batchSize()),
                  checkpoint(spec, vocabulary, steps, data, resumed, start),
                  spec.maxMinutes() * 60),
              progress);
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Outcome(
          spec.kind().id(),
          result.epochs(),
          pretraining,
          result.bestValidation(),
          result.bestEpoch(),
          seconds,
          spec.paramsFile().toString(),
          result.stopped());
    }
  }

  /**
   * Refuses v2 on anything but the shapes: its frozen encoder stands in for the tutorial's ImageNet
   * network by being pre-trained on the shapes' attributes, which photos do not have (and no
   * network trained on photos can be had offline).
   */
  public static void checkModelFits(ModelKind kind, String dataset) {
    if (kind == ModelKind.V2 && !"shapes".equals(dataset)) {
      throw new IllegalArgumentException(
          "v2 trains on --dataset shapes only: its frozen encoder stands in for the tutorial's"
              + " ImageNet network by being pre-trained on the shapes' attributes, which "
              + dataset
              + " photos do not have; train v1 or v3 on "
              + dataset);
    }
  }

  /**
   * The card of the checkpoint to resume from, or null when there is none yet; refuses one made
   * with other words or another step limit, whose parameters would not fit.
   */
  private static CheckpointCard resumable(TrainingSpec spec, Vocabulary vocabulary, int steps)
      throws IOException {
    if (!spec.checkpoint().exists()) {
      return null;
    }
    CheckpointCard card = spec.checkpoint().card(ModelCard.LAB);
    ModelCard mine = ModelLibrary.card(spec.checkpoint());
    if (!mine.vocabulary().equals(vocabulary.words()) || mine.steps() != steps) {
      throw new IOException(
          spec.checkpoint().where(spec.checkpoint().cardName())
              + " was trained on other captions (vocabulary or length differ); resume needs"
              + " the same data, or a new --out");
    }
    return card;
  }

  /** The resumed checkpoint's BLEU-4, which an epoch must beat to replace it. */
  private static double score(CheckpointCard card) {
    return card.score() == null ? Double.NEGATIVE_INFINITY : card.score();
  }

  /**
   * Writes the parameters and their card into {@link TrainingSpec#checkpointDir()} as one unit: a
   * kill at any moment leaves the previous best or the new one, each with its own card. A resumed
   * run counts epochs and seconds on from its card (the loop keeps it until an epoch beats its
   * score).
   */
  private static Checkpoint checkpoint(
      TrainingSpec spec,
      Vocabulary vocabulary,
      int steps,
      CaptionCorpus data,
      CheckpointCard resumed,
      long start)
      throws IOException {
    ModelCard before = resumed == null ? null : ModelLibrary.card(spec.checkpoint());
    int epochsBefore = before == null ? 0 : before.epochs();
    double secondsBefore = before == null ? 0 : before.seconds();
    return spec.checkpoint()
        .checkpoint(
            (epoch, bleu4) ->
                CheckpointCard.of(
                    ModelCard.LAB,
                    1,
                    epochsBefore + epoch,
                    bleu4,
                    new ModelCard(
                        spec.kind().id(),
                        vocabulary.words(),
                        steps,
                        data.name(),
                        data.seed(),
                        spec.seed(),
                        epochsBefore + epoch,
                        secondsBefore + (System.nanoTime() - start) / 1e9)));
  }

  private static double bleu4(
      Captioner captioner, List<? extends CaptionedImage> dev, List<float[]> pixels) {
    List<Caption> captions = captioner.captionAll(pixels);
    List<List<List<String>>> refs = new ArrayList<>();
    dev.forEach(e -> refs.add(e.captions().stream().map(Tokenizer::tokens).toList()));
    return Bleu.corpus(refs, captions.stream().map(Caption::tokens).toList())[3];
  }
}
