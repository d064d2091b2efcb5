package dev.learninglab.labs.captioning.cli;

import static dev.learninglab.labs.captioning.model.CaptioningTexts.T;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.task.ConsoleProgress;
import dev.learninglab.labs.captioning.io.ShapesFiles;
import dev.learninglab.labs.captioning.model.CaptionStats;
import dev.learninglab.labs.captioning.model.Flickr8kText;
import dev.learninglab.labs.captioning.model.ShapesDataset;
import dev.learninglab.labs.captioning.model.Split;
import dev.learninglab.labs.captioning.model.Tokenizer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code captioning data}: writes the generated shapes dataset as files, or describes the
 * catalogued Flickr8k captions (statistics only: that snapshot data is never copied anywhere).
 */
@Command(
    name = "data",
    description = {
      "shapes: write the shapes-scenes dataset (images/*.png, captions.txt in Flickr8k's format,"
          + " train/dev/test lists, scenes.json with the truth).",
      "flickr8k: statistics of the catalogued Flickr8k captions (flickr8k-text) and their human"
          + " agreement BLEU; nothing is written."
    })
final class DataCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--dataset", required = true, description = "shapes or flickr8k.")
  String dataset;

  @Option(names = "--out", description = "Folder to write (shapes only).")
  Path out;

  @Option(names = "--count", defaultValue = "8000", description = "Images (default 8000).")
  int count;

  @Option(names = "--seed", defaultValue = "8", description = "Generator seed (default 8).")
  long seed;

  @Option(names = "--json", description = "Print a JSON summary.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if ("flickr8k".equals(dataset)) {
      return flickr8k();
    }
    if (!"shapes".equals(dataset)) {
      throw new IllegalArgumentException("--dataset " + dataset + ": expected shapes or flickr8k");
    }
    if (out == null) {
      throw new IllegalArgumentException("--dataset shapes needs --out DIR, the folder to write");
    }
    ShapesDataset data = ShapesDataset.generate(count, seed);
    PrintWriter err = spec.commandLine().getErr();
    ShapesFiles.Summary summary = ShapesFiles.write(data, out, new ConsoleProgress(err));
    PrintWriter o = spec.commandLine().getOut();
    if (json) {
      Json.print(o, summary);
    } else {
      o.println(
          T.get(
              "captioning.cli.shapesWritten",
              summary.images(),
              summary.captions(),
              summary.train(),
              summary.dev(),
              summary.test(),
              summary.out()));
      o.flush();
    }
    return 0;
  }

  /** What {@code data --dataset flickr8k --json} prints. */
  record Flickr8kSummary(
      String dataset,
      int images,
      int train,
      int dev,
      int test,
      int trainCaptions,
      double meanLength,
      int maxLength,
      int vocabulary,
      List<CaptionStats.WordCount> commonWords,
      Map<Integer, Integer> vocabularyAtMinCount,
      double[] humanAgreementBleu) {}

  private int flickr8k() throws Exception {
    if (out != null) {
      throw new IllegalArgumentException(
          "--out: Flickr8k's captions are catalogued snapshot data and are not copied; drop --out"
              + " to see their statistics");
    }
    PrintWriter err = spec.commandLine().getErr();
    Path tokens =
        DatasetResolver.standard()
            .resolveFile(Flickr8kText.DATASET_ID, Flickr8kText.TOKENS, new ConsoleProgress(err));
    Flickr8kText flickr = Flickr8kText.read(tokens.getParent());
    List<List<String>> train = new ArrayList<>();
    flickr
        .images(Split.TRAIN)
        .forEach(i -> flickr.captionsOf(i).forEach(c -> train.add(Tokenizer.tokens(c))));
    CaptionStats stats = CaptionStats.of(train, 10);
    Flickr8kSummary summary =
        new Flickr8kSummary(
            Flickr8kText.DATASET_ID,
            flickr.captions().size(),
            flickr.images(Split.TRAIN).size(),
            flickr.images(Split.DEV).size(),
            flickr.images(Split.TEST).size(),
            stats.captions(),
            stats.meanLength(),
            stats.maxLength(),
            stats.vocabulary(),
            stats.commonWords(),
            stats.vocabularyAtMinCount(),
            flickr.humanAgreementBleu(Split.TEST));
    PrintWriter o = spec.commandLine().getOut();
    if (json) {
      Json.print(o, summary);
    } else {
      double[] h = summary.humanAgreementBleu();
      o.println(
          T.get(
              "captioning.cli.flickr",
              summary.images(),
              summary.train(),
              summary.dev(),
              summary.test(),
              summary.trainCaptions(),
              String.format(Locale.ROOT, "%.1f", summary.meanLength()),
              summary.maxLength(),
              summary.vocabulary()));
      o.println(T.get("captioning.cli.agreement", h[0], h[1], h[2], h[3]));
      o.flush();
    }
    return 0;
  }
}
