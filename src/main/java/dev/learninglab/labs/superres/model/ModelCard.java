package dev.learninglab.labs.superres.model;

/**
 * The super-resolution lab's part of a checkpoint card ({@link
 * dev.learninglab.core.compute.CheckpointCard#model()}): the architecture needed to rebuild the
 * network and what it was trained on. The card's epoch and score are the kept epoch and its
 * validation PSNR in dB.
 */
public record ModelCard(int d, int s, int m, int scale, String trainedOn) {

  /** The lab name checkpoint cards carry. */
  public static final String LAB = "superres";

  public FsrcnnConfig config() {
    return new FsrcnnConfig(d, s, m, scale);
  }

  public static ModelCard of(FsrcnnConfig config, String trainedOn) {
    return new ModelCard(config.d(), config.s(), config.m(), config.scale(), trainedOn);
  }
}
