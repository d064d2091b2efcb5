package dev.learninglab.labs.superres.model;

/**
 * The two FSRCNN settings the application ships weights for, per scale: the paper's quality setting
 * FSRCNN(56,12,4) and its fast setting FSRCNN-s(32,5,1).
 */
public enum ShippedModel {
  /** FSRCNN(56,12,4), trained by {@code scripts/superres-train-full}. */
  FSRCNN("fsrcnn", "FSRCNN 56,12,4", "fsrcnn-full-x"),
  /**
   * FSRCNN-s(32,5,1): a third of the parameters and 2.4 times fewer multiply-adds, trained by
   * {@code scripts/superres-train}.
   */
  FSRCNN_S("fsrcnn-s", "FSRCNN-s (fast)", "fsrcnn-x");

  private final String id;
  private final String label;
  private final String filePrefix;

  ShippedModel(String id, String label, String filePrefix) {
    this.id = id;
    this.label = label;
    this.filePrefix = filePrefix;
  }

  /**
   * The same network exported to ONNX, beside the parameter file, so that ONNX Runtime serves it
   * without the PyTorch engine. Written by {@code scripts/superres-export-onnx} whenever the
   * parameter files change; {@code ShippedOnnxTest} checks that both compute the same.
   */
  public String onnxFileName(int scale) {
    return filePrefix + scale + ".onnx";
  }

  /** The name the CLI's {@code --model} takes. */
  public String id() {
    return id;
  }

  /** What the view shows. */
  public String label() {
    return label;
  }

  /** The label, so that a combo box shows it. */
  @Override
  public String toString() {
    return label;
  }

  /** The shipped parameter file for {@code scale}, under the resources' {@code superres/}. */
  public String fileName(int scale) {
    return filePrefix + scale + ".params";
  }

  /** The model named {@code id} ({@code fsrcnn} or {@code fsrcnn-s}), or null. */
  public static ShippedModel byId(String id) {
    for (ShippedModel m : values()) {
      if (m.id.equals(id)) {
        return m;
      }
    }
    return null;
  }
}
