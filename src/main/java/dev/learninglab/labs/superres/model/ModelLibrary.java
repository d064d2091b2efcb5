package dev.learninglab.labs.superres.model;

import dev.learninglab.core.compute.CheckpointCard;
import dev.learninglab.core.compute.CheckpointFolder;
import dev.learninglab.core.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds FSRCNN checkpoints ({@link CheckpointFolder}): the ones shipped in the application's
 * resources for each {@link ShippedModel} ({@code superres/fsrcnn-full-x2|3|4} for FSRCNN, {@code
 * superres/fsrcnn-x2|3|4} for FSRCNN-s, each a {@code .json} card and a {@code .params} file), or a
 * folder the learner trained.
 */
public final class ModelLibrary {

  private ModelLibrary() {}

  /** The file name used for a scale's weights, shipped or trained. */
  public static String fileName(int scale) {
    return checkpointName(scale) + ".params";
  }

  /** The name of a scale's checkpoint folder and of the files in it: {@code fsrcnn-xN}. */
  public static String checkpointName(int scale) {
    return "fsrcnn-x" + scale;
  }

  /** The shipped checkpoint of {@code model} for {@code scale}. */
  public static CheckpointFolder shipped(ShippedModel model, int scale) {
    return CheckpointFolder.shipped("/superres/", stem(model.fileName(scale)));
  }

  /** The shipped description of {@code model} for {@code scale}. */
  public static ModelCard bundledCard(ShippedModel model, int scale) throws IOException {
    return card(shipped(model, scale));
  }

  /** The shipped network {@code model} for {@code scale}. */
  public static FsrcnnModel bundled(ShippedModel model, int scale) throws IOException {
    return load(shipped(model, scale));
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
   * A network saved by training: {@code params} names the checkpoint folder training writes ({@code
   * fsrcnn-xN}) or the {@code .params} file in it.
   */
  public static FsrcnnModel load(Path params) throws IOException {
    return load(checkpointOf(params));
  }

  /** The checkpoint {@code params} names: a folder, or a weights file with its card beside it. */
  public static CheckpointFolder checkpointOf(Path params) throws IOException {
    Path absolute = params.toAbsolutePath();
    AtomicFiles.recoverFolder(absolute); // a kill may have left the folder aside
    if (Files.isDirectory(absolute)) {
      return CheckpointFolder.at(absolute, absolute.getFileName().toString());
    }
    if (!Files.isRegularFile(absolute)) {
      throw new IOException("Model file " + params + " does not exist");
    }
    return CheckpointFolder.at(absolute.getParent(), stem(absolute.getFileName().toString()));
  }

  /** The architecture and data of a checkpoint. */
  public static ModelCard card(CheckpointFolder checkpoint) throws IOException {
    return card(checkpoint, checkpoint.card(ModelCard.LAB));
  }

  /** The architecture and data recorded in {@code card}, already read from {@code checkpoint}. */
  public static ModelCard card(CheckpointFolder checkpoint, CheckpointCard card)
      throws IOException {
    return card.model(ModelCard.class, checkpoint.where(checkpoint.cardName()));
  }

  private static FsrcnnModel load(CheckpointFolder checkpoint) throws IOException {
    return FsrcnnModel.load(card(checkpoint).config(), checkpoint);
  }

  /**
   * The shipped {@code model}'s network, or the file {@code params} if not null, for {@code scale}.
   */
  public static FsrcnnModel open(ShippedModel shipped, Path params, int scale) throws IOException {
    params = forScale(params, scale);
    FsrcnnModel model = params == null ? bundled(shipped, scale) : load(params);
    if (model.scale() != scale) {
      model.close();
      throw wrongScale(params, model.scale(), scale);
    }
    return model;
  }

  /**
   * The folder {@code train --out} wrote, given as {@code --model}, means its checkpoint for {@code
   * scale} ({@code OUT/fsrcnn-xN}); a checkpoint folder or file is itself.
   */
  static Path forScale(Path params, int scale) {
    if (params == null || !Files.isDirectory(params)) {
      return params;
    }
    String own = params.toAbsolutePath().getFileName() + ".json";
    Path inside = params.resolve(checkpointName(scale));
    return !Files.exists(params.resolve(own)) && Files.isDirectory(inside) ? inside : params;
  }

  private static String stem(String fileName) {
    return fileName.endsWith(".params")
        ? fileName.substring(0, fileName.length() - ".params".length())
        : fileName;
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
    params = forScale(params, scale);
    CheckpointFolder checkpoint = checkpointOf(params);
    FsrcnnConfig config = card(checkpoint).config();
    if (config.scale() != scale) {
      throw wrongScale(params, config.scale(), scale);
    }
    Path onnx = OnnxExports.of(weightsFile(checkpoint));
    try (InputStream in = Files.newInputStream(onnx)) {
      return OnnxNetwork.load(in, onnx.toString(), config);
    }
  }

  /** Exports the trained {@code params} for ONNX Runtime now, while the PyTorch engine runs. */
  public static void exportForOnnx(Path params) throws IOException {
    OnnxExports.of(weightsFile(checkpointOf(params)));
  }

  private static Path weightsFile(CheckpointFolder checkpoint) {
    return checkpoint.dir().resolve(checkpoint.weightsName(0));
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
