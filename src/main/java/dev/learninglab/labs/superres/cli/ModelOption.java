package dev.learninglab.labs.superres.cli;

import dev.learninglab.labs.superres.model.FsrcnnModel;
import dev.learninglab.labs.superres.model.LumaNetwork;
import dev.learninglab.labs.superres.model.ModelLibrary;
import dev.learninglab.labs.superres.model.ShippedModel;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --model fsrcnn|fsrcnn-s|FILE} choice shared by eval, upscale and export-onnx. */
final class ModelOption {

  @Option(
      names = "--model",
      defaultValue = "fsrcnn",
      paramLabel = "fsrcnn|fsrcnn-s|FILE",
      description =
          "fsrcnn: the shipped FSRCNN(56,12,4) (default); fsrcnn-s: the shipped FSRCNN-s(32,5,1),"
              + " faster; or a trained .params file or checkpoint folder (write ./fsrcnn for a"
              + " file of that name).")
  String model = ShippedModel.FSRCNN.id();

  /** The chosen network for {@code scale}. */
  FsrcnnModel open(int scale) throws IOException {
    return ModelLibrary.open(shipped(), file(), scale);
  }

  /** The chosen network for {@code scale}, run by ONNX Runtime. */
  LumaNetwork openOnnx(int scale) throws IOException {
    return ModelLibrary.openOnnx(shipped(), file(), scale);
  }

  private ShippedModel shipped() {
    ShippedModel shipped = ShippedModel.byId(model);
    return shipped != null ? shipped : ShippedModel.FSRCNN;
  }

  /** The trained file named, or null for a shipped model. */
  private Path file() {
    return ShippedModel.byId(model) != null ? null : Path.of(model);
  }
}
