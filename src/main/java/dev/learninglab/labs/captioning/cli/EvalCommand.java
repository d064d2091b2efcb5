package dev.learninglab.labs.captioning.cli;

import dev.learninglab.core.io.Json;
import dev.learninglab.core.task.ConsoleProgress;
import dev.learninglab.labs.captioning.model.Captioner;
import dev.learninglab.labs.captioning.model.Evaluation;
import dev.learninglab.labs.captioning.model.Evaluator;
import dev.learninglab.labs.captioning.model.ModelLibrary;
import dev.learninglab.labs.captioning.model.ShapesDataset;
import dev.learninglab.labs.captioning.model.Split;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code captioning eval}: BLEU, semantic accuracy and the collapse check on a shapes split. */
@Command(
    name = "eval",
    description =
        "Caption a split of the shapes data and score it: BLEU-1..4, semantic accuracy,"
            + " distinct captions, <end> rate, and whether the model has collapsed.")
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--model", defaultValue = "v3", description = "v1, v2, v3 or a trained folder.")
  String model;

  @Option(names = "--split", defaultValue = "test", description = "train, dev or test.")
  String split;

  @Option(names = "--beam", defaultValue = "1", description = "Beam width 1-5 (v3; default 1).")
  int beam;

  @Option(names = "--count", defaultValue = "8000", description = "Shapes images generated.")
  int count;

  @Option(names = "--json", description = "Print the evaluation as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    BeamOption.check(beam);
    Split s = Split.parse(split);
    Evaluation e;
    try (Captioner captioner = ModelLibrary.open(model)) {
      ShapesDataset data = ShapesDataset.generate(count, ShapesDataset.DEFAULT_SEED);
      e =
          Evaluator.evaluate(
              captioner,
              model,
              data.split(s),
              s,
              beam,
              new ConsoleProgress(spec.commandLine().getErr()));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, e);
    } else {
      double[] b = e.bleu();
      out.printf(
          "%s on %s (%d images, beam %d): BLEU-1..4 %.4f %.4f %.4f %.4f; semantic accuracy %.3f;"
              + " %d distinct captions; <end> rate %.3f%n",
          e.model(),
          e.split(),
          e.images(),
          beam,
          b[0],
          b[1],
          b[2],
          b[3],
          e.semanticAccuracy(),
          e.distinctCaptions(),
          e.endRate());
      if (e.collapsed()) {
        out.printf(
            "COLLAPSE: %s — the model no longer describes the picture.%n", e.collapseReason());
      }
      out.flush();
    }
    return 0;
  }
}
