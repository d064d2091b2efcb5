package dev.learninglab.labs.captioning.cli;

import static dev.learninglab.labs.captioning.model.CaptioningTexts.T;

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
import java.util.Locale;
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
      out.println(
          T.get(
              "captioning.cli.eval",
              e.model(),
              data.name(),
              e.split(),
              e.images(),
              beam,
              String.format(Locale.ROOT, "%.4f", b[0]),
              String.format(Locale.ROOT, "%.4f", b[1]),
              String.format(Locale.ROOT, "%.4f", b[2]),
              String.format(Locale.ROOT, "%.4f", b[3]),
              Double.isNaN(e.semanticAccuracy())
                  ? T.get("captioning.cli.noTruth")
                  : String.format(Locale.ROOT, "%.3f", e.semanticAccuracy()),
              e.distinctCaptions(),
              String.format(Locale.ROOT, "%.3f", e.endRate())));
      if (e.collapsed()) {
        out.println(T.get("captioning.cli.collapse", e.collapseReason()));
      }
      out.flush();
    }
    return 0;
  }
}
