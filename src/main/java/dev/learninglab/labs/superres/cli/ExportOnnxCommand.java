package dev.learninglab.labs.superres.cli;

import static dev.learninglab.labs.superres.model.SuperresTexts.T;

import dev.learninglab.labs.superres.model.FsrcnnModel;
import dev.learninglab.labs.superres.model.FsrcnnOnnx;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code superres export-onnx}: the shipped (or a trained) FSRCNN as an ONNX file. */
@Command(name = "export-onnx", description = "Write the FSRCNN for --scale as an ONNX model.")
final class ExportOnnxCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OUT.onnx")
  Path out;

  @Option(names = "--scale", required = true, description = "2, 3 or 4.")
  int scale;

  @Mixin ModelOption model;

  @Override
  public Integer call() throws Exception {
    Scales.check(scale);
    try (FsrcnnModel m = model.open(scale)) {
      FsrcnnOnnx.export(m, out);
    }
    spec.commandLine().getOut().println(T.get("superres.cli.exported", out, scale));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
