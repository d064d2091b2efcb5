package dev.learninglab.labs.superres.cli;

import dev.learninglab.labs.superres.model.LumaNetwork;
import java.io.IOException;

/** The {@code --engine pytorch|onnx} choice and the network it opens. */
enum EngineOption {
  pytorch,
  onnx;

  /** The network {@code model} chooses for {@code scale}, run by this engine. */
  LumaNetwork open(ModelOption model, int scale) throws IOException {
    return this == pytorch ? model.open(scale) : model.openOnnx(scale);
  }
}
