package dev.learninglab.labs.iin.cli;

import static dev.learninglab.labs.iin.model.IinTexts.T;

import dev.learninglab.core.compute.CheckpointFolder;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.compute.TrainingOptions;
import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.task.ConsoleProgress;
import dev.learninglab.labs.iin.model.ae.StageOneCard;
import dev.learninglab.labs.iin.model.data.ColourDigits;
import dev.learninglab.labs.iin.model.iin.IinCard;
import dev.learninglab.labs.iin.model.iin.IinTrainer;
import dev.learninglab.labs.iin.model.iin.PairCodes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code learning-lab iin train-flow}: stage 2, the IIN on a trained autoencoder's code. */
@Command(
    name = "train-flow",
    mixinStandardHelpOptions = true,
    resourceBundle = "dev.learninglab.labs.iin.cli.TrainFlowCommand",
    description =
        "Stage 2: train the invertible interpretation network T on the code of an autoencoder"
            + " from train-ae, with the factor loss on pairs that share one factor.")
public final class TrainFlowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--ae", required = true, description = "The folder train-ae wrote.")
  Path ae;

  @Option(
      names = "--factors",
      defaultValue = "digit,colour",
      description = "The named factors, in chunk order (default ${DEFAULT-VALUE}).")
  String factors;

  @Mixin TrainingOptions options;
  @Mixin TrainTarget target;

  @Override
  public Integer call() throws Exception {
    List<String> named = Arrays.stream(factors.split(",")).map(String::trim).toList();
    if (!named.equals(PairCodes.FACTORS)) {
      throw new IllegalArgumentException(
          "ColorfulMNIST has the factors digit,colour; got `" + factors + "`");
    }
    target.checkOut();
    ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
    ColourDigits data = ColourDigits.load(DatasetResolver.standard(), progress);
    IinCard card =
        IinTrainer.train(
            CheckpointFolder.at(ae, StageOneCard.NAME),
            data,
            IinTrainer.Recipe.standard(options.epochs, options.learningRate, target.seed),
            CheckpointFolder.at(target.out, IinCard.NAME),
            TrainingListener.none(),
            progress);
    progress.done();
    PrintWriter w = spec.commandLine().getOut();
    if (options.json) {
      Json.print(w, card);
    } else {
      w.println(
          T.get(
              "iin.cli.flowSaved",
              target.out,
              card.sizes()[0],
              String.join(
                  ", ",
                  java.util.stream.IntStream.range(0, card.factors().size())
                      .mapToObj(k -> card.factors().get(k) + " " + card.sizes()[k + 1])
                      .toList()),
              String.format(Locale.ROOT, "%.4f", card.finalLoss())));
    }
    w.flush();
    return 0;
  }
}
