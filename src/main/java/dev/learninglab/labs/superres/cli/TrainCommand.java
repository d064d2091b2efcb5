package dev.learninglab.labs.superres.cli;

import static dev.learninglab.labs.superres.model.SuperresTexts.T;

import dev.learninglab.core.compute.EpochLinePrinter;
import dev.learninglab.core.compute.MemoryBudget;
import dev.learninglab.core.compute.TrainingDiverged;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.compute.TrainingLog;
import dev.learninglab.core.compute.TrainingOptions;
import dev.learninglab.core.io.AtomicFiles;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.io.Quote;
import dev.learninglab.core.task.ConsoleProgress;
import dev.learninglab.labs.superres.io.ImageFolder;
import dev.learninglab.labs.superres.model.BenchmarkSet;
import dev.learninglab.labs.superres.model.FsrcnnConfig;
import dev.learninglab.labs.superres.model.FsrcnnTraining;
import dev.learninglab.labs.superres.model.HeldOut;
import dev.learninglab.labs.superres.model.NamedImage;
import dev.learninglab.labs.superres.model.Plane;
import dev.learninglab.labs.superres.model.Recipe;
import dev.learninglab.labs.superres.model.TrainingSpec;
import dev.learninglab.labs.superres.model.YCbCr;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code superres train}: trains FSRCNN on a folder, validating each epoch on --validation or, by
 * default, on every tenth image of --data held out from training.
 */
@Command(
    name = "train",
    resourceBundle = "dev.learninglab.labs.superres.cli.TrainCommand",
    description = "Train FSRCNN on a folder of HR images; best epoch kept in --out.")
final class TrainCommand implements Callable<Integer> {
  // --patches beyond this would overflow an epoch's arrays (2^31 floats at ×4)
  private static final int MAX_PATCHES = 500_000;
  private static final int MAX_BATCH = 4096;

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      required = true,
      description = "Folder of HR training images (e.g. T91).")
  Path data;

  @Option(names = "--scale", required = true, description = "2, 3 or 4.")
  int scale;

  @Mixin TrainingOptions options;

  @Option(
      names = "--out",
      required = true,
      description = "Folder for the checkpoint fsrcnn-xN/ (.params and .json).")
  Path out;

  @Option(
      names = "--validation",
      paramLabel = "DIR",
      description =
          "HR validation folder; the best epoch by its PSNR is kept (default: every tenth image"
              + " of --data, held out from training).")
  Path validation;

  @Option(
      names = "--arch",
      defaultValue = "32,5,1",
      description = "d,s,m (default FSRCNN-s 32,5,1; paper 56,12,4).")
  String arch;

  @Option(
      names = "--patches",
      defaultValue = "8192",
      description = "Sub-images per epoch (default: ${DEFAULT-VALUE}).")
  int patches;

  @Option(names = "--batch", defaultValue = "64", description = "Sub-images per batch.")
  int batch;

  @Option(
      names = "--deconv-lr-factor",
      defaultValue = "0.1",
      description =
          "The deconvolution learns at this times --lr (default ${DEFAULT-VALUE}, as in the paper).")
  float deconvLrFactor;

  @Option(
      names = "--patch",
      defaultValue = "16",
      description = "Side of a low-resolution sub-image (default ${DEFAULT-VALUE}).")
  int lrPatch;

  @Option(
      names = "--init-from",
      paramLabel = "PARAMS",
      description =
          "Start from the convolutions of this network (same --arch, another scale); only the"
              + " deconvolution starts afresh, as the paper trains ×2 and ×4 from ×3.")
  Path initFrom;

  @Option(
      names = "--log",
      paramLabel = "CSV",
      description = "Append one row per epoch to this training log (kept across --resume runs).")
  Path log;

  @Option(
      names = "--max-minutes",
      defaultValue = "0",
      description = "Stop after the epoch that passes this wall time (0: no limit).")
  double maxMinutes;

  @Option(names = "--resume", description = "Start from the parameters already in --out.")
  boolean resume;

  @Option(
      names = "--recipe",
      defaultValue = "paper",
      description =
          "paper (Adam, cosine decay: the defaults above) or tutorial (the tutorial's RMSprop on"
              + " every layer, the rate halved after 3 epochs without a better validation PSNR,"
              + " early stop after 6; unless given: --arch 56,12,4, --lr 0.0003, --batch 30,"
              + " --deconv-lr-factor 1). Default ${DEFAULT-VALUE}.")
  String recipe;

  @Override
  public Integer call() throws Exception {
    int epochs = options.epochs;
    Recipe chosen = Recipe.byId(recipe);
    if (chosen == null) {
      throw new IllegalArgumentException(
          "--recipe must be paper or tutorial, got " + Quote.of(recipe));
    }
    Scales.check(scale);
    TrainingSpec defaults = TrainingSpec.defaults(chosen, scale, epochs, out);
    // an option given on the command line wins; the others take the recipe's value
    float learningRate = own(chosen, "--lr") ? options.learningRate : defaults.learningRate();
    int batch = own(chosen, "--batch") ? this.batch : defaults.batchSize();
    float deconvLrFactor =
        own(chosen, "--deconv-lr-factor") ? this.deconvLrFactor : defaults.deconvLrFactor();
    if (!(Float.isFinite(deconvLrFactor) && deconvLrFactor > 0)) {
      throw new IllegalArgumentException(
          "--deconv-lr-factor must be a number above 0, got " + deconvLrFactor);
    }
    if (batch < 1 || batch > MAX_BATCH || patches < batch || patches > MAX_PATCHES) {
      throw new IllegalArgumentException(
          "need 1 ≤ --batch ≤ "
              + MAX_BATCH
              + " and --batch ≤ --patches ≤ "
              + MAX_PATCHES
              + ", got --batch "
              + batch
              + " --patches "
              + patches);
    }
    AtomicFiles.checkFolderTarget(defaults.checkpointDir());
    FsrcnnConfig config = own(chosen, "--arch") ? config(arch, scale) : defaults.config();
    if (lrPatch < 4 || lrPatch > 64) {
      throw new IllegalArgumentException("--patch must be between 4 and 64, got " + lrPatch);
    }
    MemoryBudget.require(
        (long) patches * lrPatch * lrPatch * (1 + scale * scale) * Float.BYTES,
        "An epoch of " + patches + " sub-images");
    List<NamedImage> training = ImageFolder.load(data);
    List<NamedImage> val;
    if (validation != null) {
      val = ImageFolder.load(validation);
    } else {
      HeldOut split = HeldOut.of(training);
      training = split.training();
      val = split.validation();
    }
    List<Plane> images = training.stream().map(i -> YCbCr.luma(i.image())).toList();
    TrainingSpec trainingSpec =
        defaults
            .withConfig(config)
            .withPatches(patches, batch, lrPatch)
            .withResume(resume)
            .withLearningRate(learningRate)
            .withDeconvLrFactor(deconvLrFactor)
            .withInitFrom(initFrom)
            .withMaxMinutes(maxMinutes);
    if (Files.exists(trainingSpec.checkpointDir())
        && !Files.isDirectory(trainingSpec.checkpointDir())) {
      throw new IllegalArgumentException(
          trainingSpec.checkpointDir() + " is a file; the checkpoint needs a folder of that name");
    }
    PrintWriter err = spec.commandLine().getErr();
    TrainingListener printer =
        new EpochLinePrinter(
            err,
            "%.6f",
            T.get("superres.cli.validationPsnr"),
            "%.3f dB",
            T.get("superres.cli.patches"));
    TrainingListener listener = printer;
    if (log != null) {
      TrainingLog csv =
          new TrainingLog(
              log,
              "x%d %d-%d-%d lr %s patch %d%s"
                  .formatted(
                      scale,
                      config.d(),
                      config.s(),
                      config.m(),
                      learningRate,
                      lrPatch,
                      chosen == Recipe.PAPER ? "" : " " + chosen.id()),
              Clock.systemUTC());
      listener = TrainingListener.both(printer, csv);
    }
    PrintWriter o = spec.commandLine().getOut();
    FsrcnnTraining.Outcome outcome;
    try {
      outcome =
          FsrcnnTraining.run(
              trainingSpec,
              images,
              BenchmarkSet.of(val, scale),
              listener,
              new ConsoleProgress(err));
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
              "superres.cli.trained",
              String.format(Locale.ROOT, "%.3f", outcome.bestPsnr()),
              outcome.bestEpoch(),
              outcome.params(),
              String.format(Locale.ROOT, "%.0f", outcome.seconds())));
    }
    o.flush();
    return 0;
  }

  /**
   * Whether {@code option}'s own value counts: always under the paper recipe (the options' defaults
   * are its values), under another only when the option was given.
   */
  private boolean own(Recipe chosen, String option) {
    return chosen == Recipe.PAPER || spec.commandLine().getParseResult().hasMatchedOption(option);
  }

  private static final int MAX_WIDTH = 512;
  private static final int MAX_MAPPING = 16;

  private static FsrcnnConfig config(String arch, int scale) {
    String[] dsm = arch.split(",");
    try {
      if (dsm.length == 3) {
        int d = Integer.parseInt(dsm[0].trim());
        int s = Integer.parseInt(dsm[1].trim());
        int m = Integer.parseInt(dsm[2].trim());
        // the paper's largest network is 56,16,4; these bounds leave room and keep it in memory
        if (d >= 1 && d <= MAX_WIDTH && s >= 1 && s <= MAX_WIDTH && m >= 0 && m <= MAX_MAPPING) {
          return new FsrcnnConfig(d, s, m, scale);
        }
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException(
        "--arch must be d,s,m such as 56,12,4 (d and s 1 to "
            + MAX_WIDTH
            + ", m 0 to "
            + MAX_MAPPING
            + "), got "
            + Quote.of(arch));
  }
}
