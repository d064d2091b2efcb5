package dev.learninglab.labs.superres.cli;

import dev.learninglab.core.compute.EpochReport;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.task.ConsoleProgress;
import dev.learninglab.labs.superres.io.ImageFolder;
import dev.learninglab.labs.superres.model.BenchmarkSet;
import dev.learninglab.labs.superres.model.FsrcnnConfig;
import dev.learninglab.labs.superres.model.FsrcnnTraining;
import dev.learninglab.labs.superres.model.HeldOut;
import dev.learninglab.labs.superres.model.NamedImage;
import dev.learninglab.labs.superres.model.Plane;
import dev.learninglab.labs.superres.model.TrainingSpec;
import dev.learninglab.labs.superres.model.YCbCr;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code superres train}: trains FSRCNN on a folder, validating each epoch on --validation or, by
 * default, on every tenth image of --data held out from training.
 */
@Command(
    name = "train",
    description = "Train FSRCNN on a folder of HR images; best epoch kept in --out.")
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      required = true,
      description = "Folder of HR training images (e.g. T91).")
  Path data;

  @Option(names = "--scale", required = true, description = "2, 3 or 4.")
  int scale;

  @Option(names = "--epochs", required = true, description = "Passes of --patches sub-images.")
  int epochs;

  @Option(names = "--out", required = true, description = "Folder for fsrcnn-xN.params and .json.")
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
      names = "--lr",
      defaultValue = "0.003",
      description = "Adam's initial learning rate (cosine decay).")
  float learningRate;

  @Option(
      names = "--max-minutes",
      defaultValue = "0",
      description = "Stop after the epoch that passes this wall time (0: no limit).")
  double maxMinutes;

  @Option(names = "--resume", description = "Start from the parameters already in --out.")
  boolean resume;

  @Option(names = "--json", description = "Print the epoch history as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Scales.check(scale);
    if (epochs < 1 || patches < batch || batch < 1) {
      throw new IllegalArgumentException("need --epochs ≥ 1 and --patches ≥ --batch ≥ 1");
    }
    String[] dsm = arch.split(",");
    if (dsm.length != 3) {
      throw new IllegalArgumentException("--arch must be d,s,m such as 56,12,4, got " + arch);
    }
    FsrcnnConfig config =
        new FsrcnnConfig(
            Integer.parseInt(dsm[0].trim()),
            Integer.parseInt(dsm[1].trim()),
            Integer.parseInt(dsm[2].trim()),
            scale);
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
        TrainingSpec.defaults(scale, epochs, out)
            .withConfig(config)
            .withPatches(patches, batch, 16)
            .withResume(resume)
            .withLearningRate(learningRate)
            .withMaxMinutes(maxMinutes);
    PrintWriter err = spec.commandLine().getErr();
    TrainingListener printer =
        new TrainingListener() {
          @Override
          public void epochEnded(EpochReport r) {
            err.printf(
                "epoch %d/%d  loss %.6f  validation PSNR %.3f dB%s  %.0f patches/s  %.0f s%n",
                r.epoch(),
                r.epochs(),
                r.trainLoss(),
                r.validation(),
                r.best() ? " (best)" : "",
                r.samplesPerSecond(),
                r.seconds());
            err.flush();
          }
        };
    FsrcnnTraining.Outcome outcome =
        FsrcnnTraining.run(
            trainingSpec, images, BenchmarkSet.of(val, scale), printer, new ConsoleProgress(err));
    PrintWriter o = spec.commandLine().getOut();
    if (json) {
      Json.print(o, outcome);
    } else {
      o.printf(
          "best validation PSNR %.3f dB at epoch %d; %s written; %.0f s%n",
          outcome.bestPsnr(), outcome.bestEpoch(), outcome.params(), outcome.seconds());
    }
    o.flush();
    return 0;
  }
}
