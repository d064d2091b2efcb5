package dev.learninglab.labs.iin.cli;

import dev.learninglab.core.compute.CheckpointFolder;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.task.ConsoleProgress;
import dev.learninglab.labs.iin.model.ae.StageOneCard;
import dev.learninglab.labs.iin.model.ae.StageOneTrainer;
import dev.learninglab.labs.iin.model.data.ColourDigits;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code learning-lab iin train-ae}: stage 1, the autoencoder whose code the IIN interprets. */
@Command(
    name = "train-ae",
    mixinStandardHelpOptions = true,
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

  @Option(
      names = "--epochs",
      defaultValue = "10",
      description = "Autoencoder epochs over the 8,000 training digits (default ${DEFAULT-VALUE}).")
  int epochs;

  @Option(
      names = "--out",
      defaultValue = "iin-ae",
      description = "Folder to write the model into (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--seed", defaultValue = "0", description = "Seed (default ${DEFAULT-VALUE}).")
  int seed;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (!"colormnist".equals(dataset)) {
      throw new IllegalArgumentException(
          "Unknown dataset `" + dataset + "` (this version trains on: colormnist)");
    }
    if (epochs < 1) {
      throw new IllegalArgumentException("--epochs must be at least 1, got " + epochs);
    }
    ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
    ColourDigits data = ColourDigits.load(DatasetResolver.standard(), progress);
    StageOneCard card =
        StageOneTrainer.train(
            data,
            epochs,
            seed,
            CheckpointFolder.at(out, StageOneCard.NAME),
            TrainingListener.none(),
            progress);
    progress.done();
    PrintWriter w = spec.commandLine().getOut();
    if (json) {
      Json.print(w, card);
    } else {
      w.printf(
          Locale.ROOT,
          "Autoencoder saved in %s: test reconstruction MSE %.5f; digit oracle test accuracy %.4f%n",
          out,
          card.testReconstructionMse(),
          card.oracleTestAccuracy());
    }
    w.flush();
    return 0;
  }
}
