package dev.learninglab.labs.superres.cli;

import static dev.learninglab.labs.superres.model.SuperresTexts.T;

import dev.learninglab.core.compute.FreeCores;
import dev.learninglab.core.i18n.Columns;
import dev.learninglab.core.io.Json;
import dev.learninglab.labs.superres.io.ImageFolder;
import dev.learninglab.labs.superres.model.BenchmarkSet;
import dev.learninglab.labs.superres.model.Evaluation;
import dev.learninglab.labs.superres.model.LumaNetwork;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code superres eval}: bicubic and FSRCNN PSNR/SSIM on a folder, by the benchmark protocol. */
@Command(
    name = "eval",
    description = "PSNR and SSIM of bicubic and FSRCNN on a folder of HR images.")
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--dir", required = true, description = "Folder of high-resolution images.")
  Path dir;

  @Option(names = "--scale", required = true, description = "2, 3 or 4.")
  int scale;

  @Mixin ModelOption model;

  @Option(
      names = "--engine",
      defaultValue = "onnx",
      description = "onnx (ONNX Runtime, default: faster) or pytorch.")
  EngineOption engine;

  @Option(
      names = "--jobs",
      description =
          "Images scored at once (default: the free cores with ONNX Runtime, 1 with PyTorch,"
              + " whose OpenMP threads do not share well).")
  Integer jobs;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Scales.check(scale);
    BenchmarkSet set = BenchmarkSet.of(ImageFolder.load(dir), scale);
    Evaluation.Report report;
    try (LumaNetwork network = engine.open(model, scale)) {
      int workers = jobs != null ? jobs : engine == EngineOption.onnx ? FreeCores.now() : 1;
      if (workers < 1) {
        throw new IllegalArgumentException("--jobs must be ≥ 1, got " + workers);
      }
      report = Evaluation.run(set, network, workers);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, report);
    } else {
      out.printf("×%d  %s%n", scale, report.protocol());
      out.println(
          Columns.left(T.get("superres.cli.col.image"), 16)
              + Columns.right(T.get("superres.cli.col.bicubicDb"), 13)
              + Columns.right(T.get("superres.cli.col.fsrcnnDb"), 13)
              + Columns.right(T.get("superres.cli.col.bicubicSsim"), 13)
              + Columns.right(T.get("superres.cli.col.fsrcnnSsim"), 13));
      for (Evaluation.ImageScore s : report.images()) {
        out.printf(
            "%s %12.2f %12.2f %12.4f %12.4f%n",
            Columns.left(s.name(), 16),
            s.bicubicPsnr(),
            s.fsrcnnPsnr(),
            s.bicubicSsim(),
            s.fsrcnnSsim());
      }
      Evaluation.MeanScore m = report.mean();
      out.printf(
          "%s %12.2f %12.2f %12.4f %12.4f%n",
          Columns.left(T.get("superres.cli.mean"), 16),
          m.bicubicPsnr(),
          m.fsrcnnPsnr(),
          m.bicubicSsim(),
          m.fsrcnnSsim());
    }
    out.flush();
    return 0;
  }
}
