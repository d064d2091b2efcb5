package dev.learninglab.labs.superres.model;

/**
 * How FSRCNN is trained. {@link #PAPER}: this lab's reading of the paper, FSRCNN-s at ×3 with Adam
 * on a cosine schedule and the deconvolution ten times slower. {@link #TUTORIAL}: the tutorial's
 * TensorFlow variant, full FSRCNN at ×4 with RMSprop on every layer (3e-4 here, the tutorial's 1e-3
 * being too much for T91's small sub-images), the rate halved on a validation plateau and early
 * stopping, batches of 30 (the tutorial trained on DIV2K crops; T91 stands in for it here).
 */
public enum Recipe {
  PAPER("paper", 3e-3f, 0.1f, 64, 3),
  // the tutorial's 1e-3 blew up here in the second epoch (loss 0.012, then 5.6, then 207): its
  // batches were 30 crops of 162×162, ours are 30 of 16×16, a hundred times noisier
  TUTORIAL("tutorial", 3e-4f, 1f, 30, 4);

  /** Epochs without a better validation PSNR after which the tutorial recipe halves its rate. */
  public static final int PLATEAU_PATIENCE = 3;

  /** What the tutorial recipe's rate is multiplied by on a plateau. */
  public static final float PLATEAU_FACTOR = 0.5f;

  /** Epochs without a better validation PSNR after which the tutorial recipe stops. */
  public static final int EARLY_STOP_PATIENCE = 6;

  private final String id;
  private final float learningRate;
  private final float deconvLrFactor;
  private final int batchSize;
  private final int scale;

  Recipe(String id, float learningRate, float deconvLrFactor, int batchSize, int scale) {
    this.id = id;
    this.learningRate = learningRate;
    this.deconvLrFactor = deconvLrFactor;
    this.batchSize = batchSize;
    this.scale = scale;
  }

  /** The recipe called {@code id} ("paper" or "tutorial"); null when there is none of that name. */
  public static Recipe byId(String id) {
    for (Recipe r : values()) {
      if (r.id.equals(id)) {
        return r;
      }
    }
    return null;
  }

  /** The name {@code --recipe} takes. */
  public String id() {
    return id;
  }

  public float learningRate() {
    return learningRate;
  }

  public float deconvLrFactor() {
    return deconvLrFactor;
  }

  public int batchSize() {
    return batchSize;
  }

  /** The scale the recipe was published at. */
  public int scale() {
    return scale;
  }

  /** The network the recipe trains by default at {@code scale}. */
  public FsrcnnConfig config(int scale) {
    return this == PAPER ? FsrcnnConfig.small(scale) : FsrcnnConfig.standard(scale);
  }
}
