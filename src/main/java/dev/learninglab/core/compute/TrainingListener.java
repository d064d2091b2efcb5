package dev.learninglab.core.compute;

/** Watches a {@link TrainingLoop}: loss after each step, validation after each epoch. */
public interface TrainingListener {

  /**
   * Before a training loop that is run {@code index} (from 0) of {@code runs} that share this
   * listener, e.g. the networks of an ensemble trained one after another.
   */
  default void runStarted(int index, int runs) {}

  /** After each optimiser step (on the training thread): keep it cheap. */
  default void stepEnded(int epoch, int batch, int batches, double loss) {}

  /** After each epoch's validation. */
  default void epochEnded(EpochReport report) {}

  /** A listener that tells {@code first}, then {@code second}. */
  static TrainingListener both(TrainingListener first, TrainingListener second) {
    return new TrainingListener() {
      @Override
      public void runStarted(int index, int runs) {
        first.runStarted(index, runs);
        second.runStarted(index, runs);
      }

      @Override
      public void stepEnded(int epoch, int batch, int batches, double loss) {
        first.stepEnded(epoch, batch, batches, loss);
        second.stepEnded(epoch, batch, batches, loss);
      }

      @Override
      public void epochEnded(EpochReport report) {
        first.epochEnded(report);
        second.epochEnded(report);
      }
    };
  }

  /** A listener that ignores everything. */
  static TrainingListener none() {
    return new TrainingListener() {};
  }
}
