package dev.learninglab.labs.superres.cli;

import dev.learninglab.labs.superres.model.FsrcnnModel;
import dev.learninglab.labs.superres.model.LumaNetwork;
import dev.learninglab.labs.superres.model.ModelLibrary;
import dev.learninglab.labs.superres.model.OnnxNetwork;
import java.io.IOException;
import java.nio.file.Path;

/** The {@code --engine pytorch|onnx} choice and the network it opens. */
enum EngineOption {
  pytorch,
  onnx;

  /** The shipped model (or {@code params}) for {@code scale}, run by this engine. */
  LumaNetwork open(Path params, int scale) throws IOException {
    FsrcnnModel model = ModelLibrary.open(params, scale);
    if (this == pytorch) {
      return model;
    }
    try (model) {
      return OnnxNetwork.of(model);
    }
  }
}
