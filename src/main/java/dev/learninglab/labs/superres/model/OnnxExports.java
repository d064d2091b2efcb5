package dev.learninglab.labs.superres.model;

import dev.learninglab.core.data.Sha256;
import dev.learninglab.core.io.LabHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * ONNX exports of trained FSRCNN files, kept in the lab home as {@code superres/onnx/<sha256 of the
 * .params>.onnx}: a trained file is read with the PyTorch engine and exported once (training does
 * it for the file it writes), then ONNX Runtime serves it alone. Keyed by content, so retrained
 * weights get a new export and a copied file reuses its own.
 */
final class OnnxExports {

  private OnnxExports() {}

  /** The export of the weights in {@code params}, made now if there is none yet. */
  static Path of(Path params) throws IOException {
    Path onnx = place(params);
    if (!Files.isRegularFile(onnx)) {
      try (FsrcnnModel model = ModelLibrary.load(params)) {
        FsrcnnOnnx.export(model, onnx);
      }
    }
    return onnx;
  }

  /** Where the export of the weights in {@code params} is kept, whether it exists yet or not. */
  static Path place(Path params) throws IOException {
    return LabHome.dir().resolve("superres").resolve("onnx").resolve(Sha256.of(params) + ".onnx");
  }
}
