package dev.learninglab.labs.superres.cli;

import static dev.learninglab.labs.superres.model.SuperresTexts.T;

import dev.learninglab.core.io.AtomicFiles;
import dev.learninglab.labs.superres.io.ImageFiles;
import dev.learninglab.labs.superres.model.RgbImage;
import dev.learninglab.labs.superres.model.SuperResolver;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code superres degrade IN OUT}: the benchmarks' bicubic down-scale. */
@Command(
    name = "degrade",
    description = "Shrink IN by --scale with MATLAB-style bicubic, write OUT (PNG).")
final class DegradeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT")
  Path out;

  @Option(names = "--scale", required = true, description = "2, 3 or 4.")
  int scale;

  @Override
  public Integer call() throws Exception {
    Scales.check(scale);
    AtomicFiles.refuseInput(out, in);
    RgbImage image = ImageFiles.read(in);
    RgbImage small = SuperResolver.degrade(image, scale);
    ImageFiles.writePng(small, out);
    spec.commandLine()
        .getOut()
        .println(
            T.get(
                "superres.cli.resized",
                out,
                image.width(),
                image.height(),
                small.width(),
                small.height()));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
