package dev.learninglab.labs.iin.cli;

import dev.learninglab.labs.iin.model.iin.IinModel;
import java.io.IOException;
import picocli.CommandLine.Option;

/** The {@code --model} option of the commands that use a trained IIN, as a picocli mixin. */
public final class ModelOption {
  @Option(
      names = "--model",
      defaultValue = IinModel.SHIPPED,
      description = "A folder from train-flow, or colormnist: the shipped model (default).")
  String model;

  IinModel load() throws IOException {
    return IinModel.load(IinModel.folder(model));
  }
}
