package dev.learninglab.labs.captioning.cli;

import dev.learninglab.core.io.Json;
import dev.learninglab.labs.captioning.io.CaptionImages;
import dev.learninglab.labs.captioning.model.Caption;
import dev.learninglab.labs.captioning.model.Captioner;
import dev.learninglab.labs.captioning.model.ModelLibrary;
import dev.learninglab.labs.captioning.model.SceneGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code captioning caption}: captions picture files with a shipped or trained model. */
@Command(
    name = "caption",
    description =
        "Caption pictures (scaled to 48×48). The shipped models were trained on shape scenes"
            + " only: on a photo they still answer in shapes.")
final class CaptionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "IMAGE", description = "PNG, JPEG, BMP or GIF files.")
  List<Path> images;

  @Option(names = "--model", defaultValue = "v3", description = "v1, v2, v3 or a trained folder.")
  String model;

  @Option(names = "--beam", defaultValue = "3", description = "Beam width 1-5 (v3; default 3).")
  int beam;

  @Option(names = "--json", description = "Print [{image, caption, tokens, beam}].")
  boolean json;

  /** The JSON contract, one per image. */
  record Result(String image, String caption, List<String> tokens, int beam) {}

  @Override
  public Integer call() throws Exception {
    BeamOption.check(beam);
    List<float[]> pixels = new ArrayList<>();
    for (Path image : images) {
      pixels.add(CaptionImages.toModelInput(CaptionImages.read(image), SceneGenerator.SIDE));
    }
    List<Result> results = new ArrayList<>();
    try (Captioner captioner = ModelLibrary.open(model)) {
      for (int i = 0; i < images.size(); i++) {
        Caption c = captioner.caption(pixels.get(i), beam);
        results.add(new Result(images.get(i).toString(), c.text(), c.tokens(), c.beam()));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, results);
    } else {
      results.forEach(r -> out.printf("%s: %s%n", r.image(), r.caption()));
      out.flush();
    }
    return 0;
  }
}
