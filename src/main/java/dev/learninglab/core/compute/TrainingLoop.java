package dev.learninglab.core.compute;

import static dev.learninglab.core.i18n.CoreTexts.T;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.ParameterTracker;
import dev.learninglab.core.task.Progress;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;

/**
 * A supervised training loop for any DJL block (conv nets, recurrent nets, graph convolutions):
 * epochs of batches from a {@link BatchSource}, one optimiser step each, progress with loss,
 * throughput and ETA, cancellation between steps, validation after each epoch and the best
 * parameters kept in a {@link Checkpoint}.
 *
 * <p>Training never lies: a loss that is not a finite number stops the run at that step with {@link
 * TrainingDiverged} (before the step could spoil the weights), weights that are not finite are
 * never kept as the best, a validation score that is NaN never counts as an improvement, and the
 * checkpoint's card is told why the run stopped ({@link StopReason}).
 *
 * <p>Each batch lives in its own sub-manager that is closed after the step, so a long run does not
 * accumulate native memory. Seeding both PyTorch and the batch shuffler makes runs repeat.
 */
public final class TrainingLoop {

  /**
   * What to train and how. {@code checkpoint} may be null to keep nothing on disk; a positive
   * {@code maxSeconds} ends the run after the epoch during which that much time has passed.
   */
  public record Options(
      int epochs, int seed, Shape inputShape, Checkpoint checkpoint, double maxSeconds) {

    /** Options without a time budget. */
    public Options(int epochs, int seed, Shape inputShape, Checkpoint checkpoint) {
      this(epochs, seed, inputShape, checkpoint, 0);
    }
  }

  private final Loss loss;
  private final Optimizer optimizer;
  private final ParameterTracker learningRate;
  private TrainingListener listener = TrainingListener.none();
  private Validator validator;
  private double bestSoFar = Double.NEGATIVE_INFINITY;
  private Patience earlyStop;

  /**
   * A loop minimising {@code loss} with {@code optimizer}, whose schedule {@code learningRate} is
   * named when a run diverges.
   */
  public TrainingLoop(Loss loss, Optimizer optimizer, ParameterTracker learningRate) {
    this.loss = loss;
    this.optimizer = optimizer;
    this.learningRate = learningRate;
  }

  /** Sets who hears about steps and epochs. */
  public TrainingLoop listener(TrainingListener listener) {
    this.listener = listener;
    return this;
  }

  /** Sets the per-epoch validation; without one, the last epoch is kept as the best. */
  public TrainingLoop validator(Validator validator) {
    this.validator = validator;
    return this;
  }

  /**
   * Ends the run after the epoch that makes {@code patience} epochs in a row without a better
   * validation score (early stopping); the best epoch is in the checkpoint already.
   */
  public TrainingLoop earlyStopping(int patience) {
    this.earlyStop = new Patience(patience);
    return this;
  }

  /**
   * Sets the validation score a resumed model already has, so that only an epoch that beats it
   * replaces the checkpoint (by default the first epoch always does).
   */
  public TrainingLoop bestSoFar(double score) {
    this.bestSoFar = score;
    return this;
  }

  /**
   * Trains {@code model}'s block (initialising only parameters that have no value yet, so a loaded
   * checkpoint resumes) and returns the epoch history. Throws {@link CancellationException} when
   * {@code progress} is cancelled and {@link TrainingDiverged} when the loss or the weights stop
   * being finite; either way the best checkpoint written so far stays, its card saying why the run
   * stopped, and a run that saved nothing leaves the checkpoint there untouched.
   */
  public TrainingResult run(Model model, BatchSource data, Options options, Progress progress)
      throws Exception {
    EngineTrust.requireCorrect();
    Random random = new Random(options.seed());
    DefaultTrainingConfig config =
        new DefaultTrainingConfig(loss)
            .optOptimizer(optimizer)
            .optDevices(new ai.djl.Device[] {model.getNDManager().getDevice()});
    List<EpochReport> history = new ArrayList<>();
    double best = bestSoFar;
    int bestEpoch = 0;
    StopReason stopped = StopReason.COMPLETED;
    try (Trainer trainer = new Trainer(model, config)) {
      trainer.initialize(options.inputShape());
      long totalSteps = 0;
      long started = System.nanoTime();
      for (int epoch = 1; epoch <= options.epochs(); epoch++) {
        data.startEpoch(epoch, random);
        long epochStart = System.nanoTime();
        double lossSum = 0;
        long samples = 0;
        int batches = data.batches();
        for (int b = 0; b < batches; b++) {
          progress.checkCancelled();
          double batchLoss;
          try (NDManager scope = trainer.getManager().newSubManager()) {
            TrainingBatch batch = data.batch(scope, b);
            batchLoss = lossOf(trainer, batch);
            if (!Double.isFinite(batchLoss)) {
              throw diverged(epoch, b + 1, batchLoss, totalSteps, saved(options, bestEpoch));
            }
            trainer.step();
            samples += batch.size();
          }
          lossSum += batchLoss;
          totalSteps++;
          listener.stepEnded(epoch, b + 1, batches, batchLoss);
          report(
              progress,
              options,
              epoch,
              b + 1,
              batches,
              batchLoss,
              totalSteps,
              started,
              samples,
              epochStart);
        }
        double seconds = (System.nanoTime() - epochStart) / 1e9;
        double score = validator == null ? epoch : validator.score(model);
        // NaN beats nothing, and anything that is a number beats a NaN the resumed model had
        boolean improved = !Double.isNaN(score) && (score > best || Double.isNaN(best));
        if (improved) {
          if (!Weights.finite(model.getBlock())) {
            throw diverged(
                epoch,
                batches,
                lossSum / Math.max(1, batches),
                totalSteps,
                saved(options, bestEpoch));
          }
          best = score;
          bestEpoch = epoch;
          if (options.checkpoint() != null) {
            options.checkpoint().save(model.getBlock(), epoch, score);
          }
        }
        EpochReport report =
            new EpochReport(
                epoch,
                options.epochs(),
                lossSum / Math.max(1, batches),
                validator == null ? Double.NaN : score,
                improved,
                samples / Math.max(seconds, 1e-9),
                seconds);
        history.add(report);
        listener.epochEnded(report);
        if (earlyStop != null && earlyStop.observe(score) && epoch < options.epochs()) {
          stopped = StopReason.EARLY_STOP;
          break;
        }
        if (options.maxSeconds() > 0
            && epoch < options.epochs()
            && (System.nanoTime() - started) / 1e9 > options.maxSeconds()) {
          stopped = StopReason.TIME_BUDGET;
          break;
        }
      }
    } catch (CancellationException | TrainingDiverged e) {
      try {
        recordStop(
            options,
            bestEpoch,
            e instanceof TrainingDiverged ? StopReason.DIVERGED : StopReason.CANCELLED);
      } catch (IOException | RuntimeException notRecorded) {
        e.addSuppressed(notRecorded);
      }
      throw e;
    }
    recordStop(options, bestEpoch, stopped);
    return new TrainingResult(history, validator == null ? Double.NaN : best, bestEpoch, stopped);
  }

  /** Tells the checkpoint why the run stopped, if this run wrote it. */
  private static void recordStop(Options options, int bestEpoch, StopReason reason)
      throws IOException {
    if (saved(options, bestEpoch) > 0) {
      options.checkpoint().stopped(reason);
    }
  }

  /** The epoch whose checkpoint this run wrote, 0 when it wrote none. */
  private static int saved(Options options, int bestEpoch) {
    return options.checkpoint() == null ? 0 : bestEpoch;
  }

  private TrainingDiverged diverged(
      int epoch, int step, double loss, long stepsDone, int keptEpoch) {
    float rate = learningRate.getNewValue("", (int) Math.min(Integer.MAX_VALUE, stepsDone + 1));
    return new TrainingDiverged(epoch, step, loss, rate, keptEpoch);
  }

  /**
   * The batch's loss with its gradients computed; the caller takes the optimiser step only when the
   * loss is finite, so a diverged step never reaches the weights.
   */
  private static double lossOf(Trainer trainer, TrainingBatch batch) {
    try (GradientCollector collector = trainer.newGradientCollector()) {
      NDList predictions = trainer.forward(batch.inputs());
      NDArray value = trainer.getLoss().evaluate(batch.labels(), predictions);
      double loss = value.getFloat();
      if (Double.isFinite(loss)) {
        collector.backward(value);
      }
      return loss;
    }
  }

  private static void report(
      Progress progress,
      Options options,
      int epoch,
      int batch,
      int batches,
      double loss,
      long totalSteps,
      long started,
      long samples,
      long epochStart) {
    long allSteps = (long) options.epochs() * batches;
    double elapsed = (System.nanoTime() - started) / 1e9;
    double eta = elapsed / totalSteps * (allSteps - totalSteps);
    double throughput = samples / Math.max((System.nanoTime() - epochStart) / 1e9, 1e-9);
    progress.report(
        totalSteps,
        allSteps,
        // the time left is the last " · " part, which SizeExperiment replaces with its own
        T.get(
                "core.progress.step",
                epoch,
                options.epochs(),
                batch,
                batches,
                "%.5f".formatted(loss),
                "%.0f".formatted(throughput))
            + " · "
            + T.get("core.progress.eta", Durations.format(eta)));
  }
}
