package dev.learninglab.labs.captioning.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.task.ConsoleProgress;
import dev.learninglab.labs.captioning.model.CaptionCorpus;
import dev.learninglab.labs.captioning.model.Captioner;
import dev.learninglab.labs.captioning.model.Evaluation;
import dev.learninglab.labs.captioning.model.Evaluator;
import dev.learninglab.labs.captioning.model.ModelLibrary;
import dev.learninglab.labs.captioning.model.ShapesDataset;
import dev.learninglab.labs.captioning.model.Split;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code captioning eval}: BLEU, semantic accuracy and the collapse check on a split of the shapes,
 * or of Flickr8k's photos (with {@code --images}, or for a model trained on them) where semantic
 * accuracy does not apply.
 */
@Command(
    name = "eval",
    description =
        "Caption a split of the shapes data (or of Flickr8k's photos) and score it: BLEU-1..4,"
            + " semantic accuracy (shapes only), distinct captions, <end> rate, and whether the"
            + " model has collapsed.")
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

  @Option(
      names = "--images",
      paramLabel = "DIR",
      description =
          "Score on Flickr8k's photos: the unzipped Flicker8k_Dataset folder, its parent, or"
              + " Flickr8k_Dataset.zip (a model trained on flickr8k without --images: the"
              + " catalogued zip, if in the cache or a mirror).")
  Path images;

  @Option(names = "--json", description = "Print the evaluation as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    BeamOption.check(beam);
    Split s = Split.parse(split);
    Evaluation e;
    PrintWriter err = spec.commandLine().getErr();
    boolean photos = images != null || "flickr8k".equals(ModelLibrary.card(model).dataset());
    CaptionCorpus data =
        photos
            ? Flickr8kInput.load(images, EnumSet.of(s), err)
            : ShapesDataset.generate(count, ShapesDataset.DEFAULT_SEED);
    try (Captioner captioner = ModelLibrary.open(model)) {
      e = Evaluator.evaluate(captioner, model, data.split(s), s, beam, new ConsoleProgress(err));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode tree = Json.mapper().valueToTree(e);
      if (Double.isNaN(e.semanticAccuracy())) {
        tree.putNull("semanticAccuracy"); // photos: no truth to check captions against
      }
      Json.print(out, tree);
    } else {
      double[] b = e.bleu();
      out.printf(
          "%s on %s %s (%d images, beam %d): BLEU-1..4 %.4f %.4f %.4f %.4f; semantic accuracy %s;"
              + " %d distinct captions; <end> rate %.3f%n",
          e.model(),
          data.name(),
          e.split(),
          e.images(),
          beam,
          b[0],
          b[1],
          b[2],
          b[3],
          Double.isNaN(e.semanticAccuracy())
              ? "n/a (no truth for photos)"
              : "%.3f".formatted(e.semanticAccuracy()),
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
