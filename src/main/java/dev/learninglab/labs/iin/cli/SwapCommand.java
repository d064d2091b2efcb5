package dev.learninglab.labs.iin.cli;

import static dev.learninglab.labs.iin.model.IinTexts.T;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.task.ConsoleProgress;
import dev.learninglab.labs.iin.io.DigitPictures;
import dev.learninglab.labs.iin.model.data.ColourDigits;
import dev.learninglab.labs.iin.model.iin.IinModel;
import dev.learninglab.labs.iin.model.iin.SwapResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code learning-lab iin swap}: give one test digit another's factor. */
@Command(
    name = "swap",
    mixinStandardHelpOptions = true,
    description =
        "Give test image A the factor of test image B, through the IIN and (for comparison) on"
            + " the same dimensions of the autoencoder's code.")
public final class SwapCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ModelOption model;

  @Option(names = "--a", required = true, description = "Test image that receives (0-1999).")
  int a;

  @Option(names = "--b", required = true, description = "Test image that gives (0-1999).")
  int b;

  @Option(names = "--factor", required = true, description = "digit or colour.")
  String factor;

  @Option(
      names = "--png",
      description = "Write A, B, the IIN's swap and the swap on z side by side (PNG).")
  Path png;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (a < 0 || a >= ColourDigits.TEST || b < 0 || b >= ColourDigits.TEST) {
      throw new IllegalArgumentException(
          "Test image indexes run from 0 to "
              + (ColourDigits.TEST - 1)
              + "; got --a "
              + a
              + " --b "
              + b);
    }
    ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
    try (IinModel iin = model.load()) {
      iin.layout().chunkOf(factor);
      ColourDigits data = ColourDigits.load(DatasetResolver.standard(), progress);
      progress.done();
      SwapResult r = SwapResult.of(iin, data, a, b, factor);
      if (png != null) {
        DigitPictures.writeRow(List.of(r.pictures()), 4, png);
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Json.print(
            out,
            java.util.Map.of(
                "a", r.a(),
                "b", r.b(),
                "factor", r.factor(),
                "imageA", r.imageA(),
                "imageB", r.imageB(),
                "throughFlow", r.throughFlow(),
                "withoutFlow", r.withoutFlow()));
      } else {
        out.println(
            T.get(
                "iin.cli.pair",
                r.a(),
                r.imageA().digit(),
                r.imageA().tint(),
                r.b(),
                r.imageB().digit(),
                r.imageB().tint(),
                r.factor()));
        out.println(
            "  " + T.get("iin.cli.read.flow", r.throughFlow().digit(), r.throughFlow().tint()));
        out.println(
            "  " + T.get("iin.cli.read.z", r.withoutFlow().digit(), r.withoutFlow().tint()));
        if (png != null) {
          out.println(T.get("iin.cli.wroteSwap", png));
        }
      }
      out.flush();
    }
    return 0;
  }
}
