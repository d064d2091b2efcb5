package dev.learninglab.labs.captioning.cli;

import static dev.learninglab.labs.captioning.model.CaptioningTexts.T;

import dev.learninglab.core.compute.EpochLinePrinter;
import dev.learninglab.core.compute.TrainingDiverged;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.compute.TrainingOptions;
import dev.learninglab.core.io.AtomicFiles;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.task.ConsoleProgress;
import dev.learninglab.labs.captioning.model.CaptionCorpus;
import dev.learninglab.labs.captioning.model.CaptionTraining;
import dev.learninglab.labs.captioning.model.ModelKind;
import dev.learninglab.labs.captioning.model.ShapesDataset;
import dev.learninglab.labs.captioning.model.Split;
import dev.learninglab.labs.captioning.model.TrainingSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code captioning train}: trains v1, v2 or v3, keeping the epoch with the best dev BLEU-4. */
@Command(
    name = "train",
    resourceBundle = "dev.learninglab.labs.captioning.cli.TrainCommand",
    description =
        "Train a captioner; the epoch with the best validation BLEU-4 is kept in --out as"
            + " the checkpoint folder vN/ (vN.params + vN.json, replaced as one unit).")
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--dataset", required = true, description = "shapes or flickr8k.")
  String dataset;

  @Option(names = "--model", required = true, description = "v1, v2 or v3.")
  String model;

  @Mixin TrainingOptions options;

  @Option(
      names = "--out",
      defaultValue = "captioning-model",
      description = "Folder for the parameters and card (default captioning-model).")
  Path out;

  @Option(names = "--seed", defaultValue = "42", description = "Seed (default 42).")
  int seed;

  @Option(names = "--count", defaultValue = "8000", description = "Shapes images to generate.")
  int count;

  @Option(
      names = "--images",
      paramLabel = "DIR",
      description =
          "Flickr8k photos: the unzipped Flicker8k_Dataset folder, its parent, or"
              + " Flickr8k_Dataset.zip (default: the catalogued flickr8k-images zip, if in the"
              + " cache or a mirror). Captions are read from beside them when there, else from"
              + " the catalogued flickr8k-text.")
  Path images;

  @Option(
      names = "--max-minutes",
      defaultValue = "0",
      description = "Stop after the epoch that passes this wall time (0: no limit).")
  double maxMinutes;

  @Option(
      names = "--resume",
      description = "Start from the checkpoint already in --out (OUT/vN/); keep it unless beaten.")
  boolean resume;

  @Override
  public Integer call() throws Exception {
    int epochs = options.epochs;
    float learningRate = options.learningRate;
    ModelKind kind = ModelKind.parse(model);
    if (!"shapes".equals(dataset) && !"flickr8k".equals(dataset)) {
      throw new IllegalArgumentException("--dataset " + dataset + ": expected shapes or flickr8k");
    }
    if (images != null && !"flickr8k".equals(dataset)) {
      throw new IllegalArgumentException("--images is for --dataset flickr8k");
    }
    CaptionTraining.checkModelFits(kind, dataset);
    PrintWriter err = spec.commandLine().getErr();
    TrainingListener printer =
        new EpochLinePrinter(
            err, "%.4f", T.get("captioning.cli.devBleu"), "%.4f", T.get("captioning.cli.images"));
    TrainingSpec trainingSpec =
        TrainingSpec.defaults(kind, epochs, out)
            .withSeed(seed)
            .withMaxMinutes(maxMinutes)
            .withResume(resume, learningRate);
    AtomicFiles.checkFolderTarget(trainingSpec.checkpointDir());
    if (!(learningRate > 0 && learningRate < 1)) {
      throw new IllegalArgumentException("--lr must be between 0 and 1, got " + learningRate);
    }
    CaptionCorpus data =
        "flickr8k".equals(dataset)
            ? Flickr8kInput.load(images, EnumSet.of(Split.TRAIN, Split.DEV), err)
            : ShapesDataset.generate(count, ShapesDataset.DEFAULT_SEED);
    PrintWriter o = spec.commandLine().getOut();
    CaptionTraining.Outcome outcome;
    try {
      outcome = CaptionTraining.run(trainingSpec, data, printer, new ConsoleProgress(err));
    } catch (TrainingDiverged e) {
      if (options.json) {
        Json.print(o, e.json());
      }
      throw e; // its one line on stderr, exit code 1
    }
    if (options.json) {
      Json.print(o, outcome);
    } else {
      o.println(
          T.get(
              "captioning.cli.trained",
              outcome.model(),
              String.format(Locale.ROOT, "%.4f", outcome.bestBleu4()),
              outcome.bestEpoch(),
              outcome.params(),
              String.format(Locale.ROOT, "%.0f", outcome.seconds())));
      o.flush();
    }
    return 0;
  }
}
