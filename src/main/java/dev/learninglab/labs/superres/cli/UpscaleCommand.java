package dev.learninglab.labs.superres.cli;

import static dev.learninglab.labs.superres.model.SuperresTexts.T;

import dev.learninglab.core.compute.MemoryBudget;
import dev.learninglab.core.image.PictureFiles;
import dev.learninglab.core.io.AtomicFiles;
import dev.learninglab.labs.superres.io.ImageFiles;
import dev.learninglab.labs.superres.model.LumaNetwork;
import dev.learninglab.labs.superres.model.RgbImage;
import dev.learninglab.labs.superres.model.SuperResolver;
import dev.learninglab.labs.superres.model.TiledUpscaler;
import java.awt.Dimension;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code superres upscale IN OUT}: enlarges a picture with FSRCNN (Y) and bicubic (colour). */
@Command(name = "upscale", description = "Enlarge IN by --scale with FSRCNN and write OUT (PNG).")
final class UpscaleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT")
  Path out;

  @Option(names = "--scale", required = true, description = "2, 3 or 4.")
  int scale;

  @Mixin ModelOption model;

  @Option(
      names = "--engine",
      defaultValue = "onnx",
      description = "onnx (ONNX Runtime, default: faster) or pytorch.")
  EngineOption engine;

  @Override
  public Integer call() throws Exception {
    Scales.check(scale);
    AtomicFiles.refuseInput(out, in);
    AtomicFiles.writableTarget(out); // a folder or device at OUT is refused before the work
    Dimension size = PictureFiles.dimensions(in);
    MemoryBudget.require(
        SuperResolver.upscaleBytes(size.width, size.height, scale),
        "Upscaling " + in + " (" + size.width + "×" + size.height + ") by " + scale);
    RgbImage image = ImageFiles.read(in);
    try (LumaNetwork network = engine.open(model, scale)) {
      long start = System.nanoTime();
      RgbImage result = SuperResolver.upscale(image, network, TiledUpscaler.DEFAULT_TILE);
      double millis = (System.nanoTime() - start) / 1e6;
      ImageFiles.writePng(result, out);
      spec.commandLine()
          .getOut()
          .println(
              T.get(
                  "superres.cli.upscaled",
                  out,
                  image.width(),
                  image.height(),
                  result.width(),
                  result.height(),
                  String.format(Locale.ROOT, "%.0f", millis),
                  network.engine(),
                  image.hasTransparency() ? T.get("superres.cli.opaque") : ""));
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
