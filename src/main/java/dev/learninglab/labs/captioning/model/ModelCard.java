package dev.learninglab.labs.captioning.model;

import java.util.List;

/**
 * The captioning lab's part of a checkpoint card ({@link
 * dev.learninglab.core.compute.CheckpointCard#model()}): the model kind, the vocabulary in index
 * order, the step limit, the data it was trained on, the seed, the epochs trained and the seconds
 * they took. The card's epoch and score are the kept epoch and its validation BLEU-4.
 */
public record ModelCard(
    String model,
    List<String> vocabulary,
    int steps,
    String dataset,
    long dataSeed,
    int seed,
    int epochs,
    double seconds) {

  /** The lab name checkpoint cards carry. */
  public static final String LAB = "captioning";

  public ModelKind kind() {
    return ModelKind.parse(model);
  }
}
