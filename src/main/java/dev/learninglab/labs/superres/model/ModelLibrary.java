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
   * A network saved by training, with its card beside it; {@code params} may also name the
   * checkpoint folder training writes ({@code fsrcnn-xN}).
   */
  public static FsrcnnModel load(Path params) throws IOException {
    AtomicFiles.recoverFolder(params.toAbsolutePath().getParent());
    AtomicFiles.recoverFolder(params);
    if (Files.isDirectory(params)) {
      params = params.resolve(params.getFileName() + ".params");
    }
    if (!Files.isRegularFile(params)) {
      throw new IOException("Model file " + params + " does not exist");
    }
    ModelCard card = ModelCard.readBesides(params);
    try (InputStream in = Files.newInputStream(params)) {
      return FsrcnnModel.load(card.config(), in, params.toString());
    }
  }

  /**
   * The shipped {@code model}'s network, or the file {@code params} if not null, for {@code scale}.
   */
  public static FsrcnnModel open(ShippedModel shipped, Path params, int scale) throws IOException {
    FsrcnnModel model = params == null ? bundled(shipped, scale) : load(params);
    if (model.scale() != scale) {
      model.close();
      throw new IOException(
          "Model " + params + " up-scales by " + model.scale() + ", not by " + scale);
    }
    return model;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = ModelLibrary.class.getResourceAsStream("/superres/" + name);
    if (in == null) {
      throw new IOException("No shipped FSRCNN weights /superres/" + name + " in the application");
    }
    return in;
  }
}
