package dev.learninglab.labs.iin.cli;

import static dev.learninglab.labs.iin.model.IinTexts.T;

import dev.learninglab.core.compute.CheckpointFolder;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.compute.TrainingOptions;
import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.task.ConsoleProgress;
import dev.learninglab.labs.iin.model.ae.StageOneCard;
import dev.learninglab.labs.iin.model.ae.StageOneTrainer;
import dev.learninglab.labs.iin.model.data.ColourDigits;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code learning-lab iin train-ae}: stage 1, the autoencoder whose code the IIN interprets. */
@Command(
    name = "train-ae",
    mixinStandardHelpOptions = true,
    resourceBundle = "dev.learninglab.labs.iin.cli.TrainAeCommand",
    description =
        "Stage 1: train the convolutional autoencoder (64-number code) and the digit oracle on"
            + " ColorfulMNIST, saved as one model folder.")
public final class TrainAeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--dataset",
      defaultValue = "colormnist",
      description = "colormnist (default ${DEFAULT-VALUE}).")
  String dataset;

  @Mixin TrainingOptions options;
  @Mixin TrainTarget target;

  @Override
  public Integer call() throws Exception {
    if (!"colormnist".equals(dataset)) {
      throw new IllegalArgumentException(
          "Unknown dataset `" + dataset + "` (this version trains on: colormnist)");
    }
    target.checkOut();
    ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
    ColourDigits data = ColourDigits.load(DatasetResolver.standard(), progress);
    StageOneCard card =
        StageOneTrainer.train(
            data,
            options.epochs,
            options.learningRate,
            target.seed,
            CheckpointFolder.at(target.out, StageOneCard.NAME),
            TrainingListener.none(),
            progress);
    progress.done();
    PrintWriter w = spec.commandLine().getOut();
    if (options.json) {
      Json.print(w, card);
    } else {
      w.println(
          T.get(
              "iin.cli.aeSaved",
              target.out,
              String.format(Locale.ROOT, "%.5f", card.testReconstructionMse()),
              String.format(Locale.ROOT, "%.4f", card.oracleTestAccuracy())));
    }
    w.flush();
    return 0;
  }
}
