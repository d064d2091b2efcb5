package dev.learninglab.labs.superres.model;

import static dev.learninglab.labs.superres.model.SuperresTexts.T;

/**
 * The two FSRCNN settings the application ships weights for, per scale: the paper's quality setting
 * FSRCNN(56,12,4) and its fast setting FSRCNN-s(32,5,1).
 */
public enum ShippedModel {
  /** FSRCNN(56,12,4), trained by {@code scripts/superres-train-full}. */
  FSRCNN("fsrcnn", "fsrcnn-full-x"),
  /**
   * FSRCNN-s(32,5,1): a third of the parameters and 2.4 times fewer multiply-adds, trained by
   * {@code scripts/superres-train}.
   */
  FSRCNN_S("fsrcnn-s", "fsrcnn-x");

  private final String id;
  private final String filePrefix;

  ShippedModel(String id, String filePrefix) {
    this.id = id;
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

  /** What the view shows, in the current language. */
  public String label() {
    return switch (this) {
      case FSRCNN -> T.get("superres.shipped.full");
      case FSRCNN_S -> T.get("superres.shipped.small");
    };
  }

  /** The label, so that a combo box shows it. */
  @Override
  public String toString() {
    return label();
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
