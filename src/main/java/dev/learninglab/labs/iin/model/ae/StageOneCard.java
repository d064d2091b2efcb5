package dev.learninglab.labs.iin.model.ae;

/**
 * The lab's part of a stage-1 checkpoint's card: which dataset the autoencoder learnt, its code
 * size, how long it trained, and how well it and the digit oracle do on the 2,000 test images.
 */
public record StageOneCard(
    String kind,
    String dataset,
    int code,
    int epochs,
    double testReconstructionMse,
    double oracleTestAccuracy) {
  public static final String KIND = "autoencoder";

  /** The checkpoint's file name: autoencoder.json, autoencoder.params, autoencoder-2.params. */
  public static final String NAME = "autoencoder";
}
