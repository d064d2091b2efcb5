package dev.learninglab.labs.smell.cli;

import static dev.learninglab.labs.smell.model.SmellTexts.T;

import dev.learninglab.core.compute.EpochLinePrinter;
import dev.learninglab.core.compute.TrainingDiverged;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.compute.TrainingOptions;
import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.io.AtomicFiles;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.io.Quote;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.smell.model.baseline.FingerprintBaseline;
import dev.learninglab.labs.smell.model.data.OdourData;
import dev.learninglab.labs.smell.model.data.OdourTask;
import dev.learninglab.labs.smell.model.eval.CrossValidation;
import dev.learninglab.labs.smell.model.eval.CvReport;
import dev.learninglab.labs.smell.model.gnn.GnnConfig;
import dev.learninglab.labs.smell.model.gnn.GnnCrossValidation;
import dev.learninglab.labs.smell.model.gnn.GnnEnsemble;
import dev.learninglab.labs.smell.model.gnn.GnnTraining;
import dev.learninglab.labs.smell.model.gnn.SavedModel;
import dev.learninglab.labs.smell.model.gnn.TutorialProtocol;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code smell train}: cross-validates a graph network beside the fingerprint baseline on the same
 * folds, then (with --out) trains one on all molecules and saves it.
 */
@Command(
    name = "train",
    resourceBundle = "dev.learninglab.labs.smell.cli.TrainCommand",
    description = "k-fold cross-validation of a GCN or GIN-E beside ECFP4 + logistic regression.")
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--task", required = true, description = "fruity or gslf.")
  String task;

  @Option(names = "--model", defaultValue = "gcn", description = "gcn or edge (GIN-E).")
  String model;

  @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds.")
  int folds;

  @Mixin TrainingOptions options;

  @Option(names = "--seed", defaultValue = "42", description = "Seeds folds, weights, shuffling.")
  int seed;

  @Option(names = "--out", description = "Also train on all molecules and save the model here.")
  Path out;

  @Option(
      names = "--hidden",
      description = "Atom state width (default: the model's recipe, gcn 64, edge 128).")
  Integer hidden;

  @Option(
      names = "--layers",
      description = "Message-passing rounds (default: the recipe, 3 for both).")
  Integer layers;

  @Option(names = "--batch", description = "Molecules per step (default: 64 for both).")
  Integer batch;

  @Option(names = "--weight-decay", description = "Adam's L2 penalty (default: gcn 0, edge 1e-5).")
  Float weightDecay;

  @Option(
      names = "--ensemble",
      defaultValue = "1",
      description = "Networks per fold from seeds S, S+1, …, their logits averaged (default 1).")
  int ensemble;

  @Option(
      names = "--auxiliary",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "fruity: also learn the other odour words of each sentence (default; --no-auxiliary"
              + " learns fruity alone).")
  boolean auxiliary;

  @Option(
      names = "--protocol",
      defaultValue = "cv",
      description =
          "cv (default): k-fold cross-validation beside the fingerprint baseline. tutorial: the"
              + " article's own, one random 80/20 split, batches of 5, a GCN of two 16-wide layers"
              + " on fruity alone, the last epoch's test accuracy at 0.5 beside the majority"
              + " baseline (--lr default 0.01).")
  String protocol;

  @Override
  public Integer call() throws Exception {
    try {
      return train();
    } catch (TrainingDiverged e) {
      if (options.json) {
        Json.print(spec.commandLine().getOut(), e.json());
      }
      throw e; // its one line on stderr, exit code 1
    }
  }

  /** Every number given is checked before the data is loaded (usage errors, exit code 2). */
  private void checkRanges() {
    TrainingOptions.requireRange(spec, "--folds", folds, 2, 20);
    TrainingOptions.requireRange(spec, "--ensemble", ensemble, 1, 20);
    if (hidden != null) {
      TrainingOptions.requireRange(spec, "--hidden", hidden, 1, GnnConfig.MAX_HIDDEN);
    }
    if (layers != null) {
      TrainingOptions.requireRange(spec, "--layers", layers, 1, GnnConfig.MAX_LAYERS);
    }
    if (batch != null) {
      TrainingOptions.requireRange(spec, "--batch", batch, 1, 100_000);
    }
    if (weightDecay != null) {
      TrainingOptions.requireRange(spec, "--weight-decay", weightDecay, 0, 1);
    }
  }

  /** The article's protocol on the fruity label: one split, one network, one number. */
  private int tutorial() throws Exception {
    if (!task.equals("fruity") || out != null || ensemble != 1 || !model.equals("gcn")) {
      throw new IllegalArgumentException(
          "--protocol tutorial is the article's fruity GCN: use it with --task fruity, without"
              + " --out, --ensemble or --model edge");
    }
    OdourData data = OdourTask.parse(task).load(DatasetResolver.standard(), Progress.none());
    PrintWriter err = spec.commandLine().getErr();
    TutorialProtocol.Outcome outcome =
        TutorialProtocol.run(
            data,
            options.epochs,
            options.learningRate != null ? options.learningRate : TutorialProtocol.LEARNING_RATE,
            seed,
            new EpochLinePrinter(
                err, "%.4f", T.get("smell.cli.validation"), "%.4f", T.get("smell.cli.graphs")),
            Progress.none());
    PrintWriter stdout = spec.commandLine().getOut();
    if (options.json) {
      Json.print(stdout, outcome);
    } else {
      stdout.println(
          T.get(
              "smell.cli.tutorial",
              outcome.train(),
              outcome.test(),
              outcome.epochs(),
              String.format(Locale.ROOT, "%.4f", outcome.accuracyAtHalf()),
              String.format(Locale.ROOT, "%.4f", outcome.majorityAccuracy()),
              String.format(Locale.ROOT, "%.4f", outcome.rocAuc())));
    }
    stdout.flush();
    return 0;
  }

  private int train() throws Exception {
    if (protocol.equals("tutorial")) {
      return tutorial();
    }
    if (!protocol.equals("cv")) {
      throw new IllegalArgumentException("--protocol is cv or tutorial, got " + Quote.of(protocol));
    }
    if (out != null) {
      AtomicFiles.checkFolderTarget(out);
    }
    int epochs = options.epochs;
    Float learningRate = options.learningRate;
    OdourTask odourTask = OdourTask.parse(task);
    GnnConfig.Kind kind = GnnConfig.Kind.parse(model);
    checkRanges();
    OdourData loaded = odourTask.load(DatasetResolver.standard(), Progress.none());
    OdourData data = auxiliary ? loaded : loaded.withoutAuxiliary();
    GnnTraining recipe = GnnTraining.recipe(kind, data.trainingNames().size(), epochs, seed);
    GnnTraining training =
        recipe
            .with(
                hidden != null ? hidden : recipe.config().hidden(),
                layers != null ? layers : recipe.config().layers(),
                batch != null ? batch : recipe.batchSize(),
                learningRate != null ? learningRate : recipe.learningRate(),
                weightDecay != null ? weightDecay : recipe.weightDecay())
            .withMembers(ensemble);
    PrintWriter err = spec.commandLine().getErr();
    AtomicInteger fold = new AtomicInteger();
    AtomicInteger member = new AtomicInteger();
    TrainingListener networkCounter =
        new TrainingListener() {
          @Override
          public void runStarted(int index, int runs) {
            member.set(index + 1);
          }
        };
    TrainingListener epochsToStderr =
        TrainingListener.both(
            networkCounter,
            new EpochLinePrinter(
                    err,
                    "%.4f",
                    T.get("smell.cli.validationRocAuc"),
                    "%.4f",
                    T.get("smell.cli.graphs"))
                .withContext(
                    () ->
                        (fold.get() < folds
                                ? T.get("smell.cli.foldContext", fold.get() + 1)
                                : T.get("smell.cli.allMolecules"))
                            + (ensemble > 1
                                ? " " + T.get("smell.cli.network", member.get(), ensemble)
                                : "")));
    CvReport gnn =
        GnnCrossValidation.run(
            data,
            training,
            folds,
            seed,
            epochsToStderr,
            r -> CvJson.printFold(err, kind.cliName(), fold.incrementAndGet(), r),
            Progress.none());
    AtomicInteger baselineFold = new AtomicInteger();
    CvReport baseline =
        FingerprintBaseline.crossValidate(
            data,
            folds,
            seed,
            r -> CvJson.printFold(err, "baseline", baselineFold.incrementAndGet(), r));
    if (out != null) {
      int[] all = java.util.stream.IntStream.range(0, data.size()).toArray();
      int[][] parts = CrossValidation.holdOut(all, data.column(0), new Random(seed));
      try (GnnEnsemble trained =
          training.train(
              new GnnTraining.Inputs(
                  data.graphs(),
                  data.trainingTargets(),
                  data.tasks(),
                  parts[0],
                  parts[1],
                  epochsToStderr,
                  Progress.none()))) {
        SavedModel.save(trained, data.trainingNames(), out);
      }
      err.println(T.get("smell.cli.saved", out));
    }
    PrintWriter stdout = spec.commandLine().getOut();
    if (options.json) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("task", odourTask.cliName());
      root.put("model", kind.cliName());
      root.put("ensemble", ensemble);
      root.put("molecules", data.size());
      root.put("skipped", data.skipped().size());
      CvJson.putReport(root, gnn);
      Map<String, Object> base = new LinkedHashMap<>();
      base.put("model", "ecfp4-logistic");
      base.putAll(CvJson.fold(baseline.mean()));
      root.put("baseline", base);
      Json.print(stdout, root);
    } else {
      CvJson.printTable(
          stdout, List.of(kind.cliName(), "ECFP4 + logistic"), List.of(gnn, baseline));
    }
    stdout.flush();
    return 0;
  }
}
