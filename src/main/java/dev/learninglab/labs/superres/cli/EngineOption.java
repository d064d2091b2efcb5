package dev.learninglab.labs.superres.cli;

import dev.learninglab.labs.superres.model.FsrcnnModel;
import dev.learninglab.labs.superres.model.LumaNetwork;
import dev.learninglab.labs.superres.model.OnnxNetwork;
import java.io.IOException;

/** The {@code --engine pytorch|onnx} choice and the network it opens. */
enum EngineOption {
  pytorch,
  onnx;

  /** {@code model} run by this engine (closed here when another engine takes it over). */
  LumaNetwork open(FsrcnnModel model) throws IOException {
    if (this == pytorch) {
      return model;
    }
    try (model) {
      return OnnxNetwork.of(model);
    }
  }
}
