package dev.learninglab.labs.superres.model;

import dev.learninglab.core.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds FSRCNN weights: the ones shipped in the application's resources for each {@link
 * ShippedModel} ({@code superres/fsrcnn-full-x2|3|4.params} for FSRCNN, {@code
 * superres/fsrcnn-x2|3|4.params} for FSRCNN-s), or a file the learner trained.
 */
public final class ModelLibrary {

  private ModelLibrary() {}

  /** The file name used for a scale's weights, shipped or trained. */
  public static String fileName(int scale) {
    return "fsrcnn-x" + scale + ".params";
  }

  /** The shipped description of {@code model} for {@code scale}. */
  public static ModelCard bundledCard(ShippedModel model, int scale) throws IOException {
    try (InputStream in = resource(model.fileName(scale).replace(".params", ".json"))) {
      return ModelCard.read(in);
    }
  }

  /** The shipped network {@code model} for {@code scale}. */
  public static FsrcnnModel bundled(ShippedModel model, int scale) throws IOException {
    ModelCard card = bundledCard(model, scale);
    try (InputStream in = resource(model.fileName(scale))) {
      return FsrcnnModel.load(card.config(), in, "bundled " + model.fileName(scale));
    }
  }

  /**
   * The shipped network {@code model} for {@code scale}, in ONNX Runtime (PyTorch stays unused).
   */
  public static OnnxNetwork bundledOnnx(ShippedModel model, int scale) throws IOException {
    ModelCard card = bundledCard(model, scale);
    try (InputStream in = resource(model.onnxFileName(scale))) {
      return OnnxNetwork.load(in, "bundled " + model.onnxFileName(scale), card.config());
    }
  }

  /**
   * A network saved by training, with its card beside it; {@code params} may also name the
   * checkpoint folder training writes ({@code fsrcnn-xN}).
   */
  public static FsrcnnModel load(Path params) throws IOException {
    Path file = paramsFile(params);
    ModelCard card = ModelCard.readBesides(file);
    try (InputStream in = Files.newInputStream(file)) {
      return FsrcnnModel.load(card.config(), in, file.toString());
    }
  }

  /** The parameter file {@code params} names (it may be a checkpoint folder), after recovery. */
  private static Path paramsFile(Path params) throws IOException {
    AtomicFiles.recoverFolder(params.toAbsolutePath().getParent());
    AtomicFiles.recoverFolder(params);
    Path file =
        Files.isDirectory(params) ? params.resolve(params.getFileName() + ".params") : params;
    if (!Files.isRegularFile(file)) {
      throw new IOException("Model file " + file + " does not exist");
    }
    return file;
  }

  /**
   * The shipped {@code model}'s network, or the file {@code params} if not null, for {@code scale}.
   */
  public static FsrcnnModel open(ShippedModel shipped, Path params, int scale) throws IOException {
    FsrcnnModel model = params == null ? bundled(shipped, scale) : load(params);
    if (model.scale() != scale) {
      model.close();
      throw wrongScale(params, model.scale(), scale);
    }
    return model;
  }

  /**
   * As {@link #open}, run by ONNX Runtime without the PyTorch engine: the shipped model's exported
   * file, or the export of {@code params} in the lab home ({@link OnnxExports}; a file never
   * exported before is read with the PyTorch engine once).
   */
  public static LumaNetwork openOnnx(ShippedModel shipped, Path params, int scale)
      throws IOException {
    if (params == null) {
      return bundledOnnx(shipped, scale);
    }
    Path file = paramsFile(params);
    FsrcnnConfig config = ModelCard.readBesides(file).config();
    if (config.scale() != scale) {
      throw wrongScale(params, config.scale(), scale);
    }
    Path onnx = OnnxExports.of(file);
    try (InputStream in = Files.newInputStream(onnx)) {
      return OnnxNetwork.load(in, onnx.toString(), config);
    }
  }

  /** Exports the trained {@code params} for ONNX Runtime now, while the PyTorch engine runs. */
  public static void exportForOnnx(Path params) throws IOException {
    OnnxExports.of(paramsFile(params));
  }

  private static IOException wrongScale(Path params, int actual, int wanted) {
    return new IOException("Model " + params + " up-scales by " + actual + ", not by " + wanted);
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = ModelLibrary.class.getResourceAsStream("/superres/" + name);
    if (in == null) {
      throw new IOException("No shipped FSRCNN weights /superres/" + name + " in the application");
    }
    return in;
  }
}
