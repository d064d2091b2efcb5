package dev.learninglab.labs.forecast.cli;

import static dev.learninglab.labs.forecast.model.ForecastTexts.T;

import dev.learninglab.core.compute.EpochLinePrinter;
import dev.learninglab.core.compute.TrainingDiverged;
import dev.learninglab.core.compute.TrainingOptions;
import dev.learninglab.core.io.AtomicFiles;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.task.ConsoleProgress;
import dev.learninglab.labs.forecast.model.LstmSpec;
import dev.learninglab.labs.forecast.model.LstmTrainer;
import dev.learninglab.labs.forecast.model.Series;
import dev.learninglab.labs.forecast.model.Target;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code learning-lab forecast train}: the LSTM on a series' training windows, best epoch (on the
 * last tenth of them) kept in {@code --out}. {@code --epochs}, {@code --lr} and {@code --json} come
 * from core's TrainingOptions; the resource bundle gives {@code --epochs} a default, so it may be
 * left out as the command line has it.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    resourceBundle = "dev.learninglab.labs.forecast.cli.TrainCommand",
    description =
        "Train the LSTM on the training windows (the last tenth of them choose the best epoch);"
            + " the model is kept in --out.")
public final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SeriesOptions series;

  @Mixin WindowOption windowOption;

  @Mixin TrainingOptions options;

  @Option(
      names = "--layers",
      defaultValue = "2",
      description = "Stacked LSTM layers (default ${DEFAULT-VALUE}, as the tutorial).")
  int layers;

  @Option(
      names = "--units",
      defaultValue = "32",
      description = "Units per LSTM layer (default ${DEFAULT-VALUE}; the tutorial used 50).")
  int units;

  @Option(
      names = "--batch",
      defaultValue = "32",
      description = "Windows per batch (default ${DEFAULT-VALUE}).")
  int batch;

  @Option(
      names = "--seed",
      defaultValue = "0",
      description = "Seed of the initial weights and batch order (default ${DEFAULT-VALUE}).")
  int seed;

  @Option(
      names = "--leaky-scaling",
      description =
          "The trap: fit the min-max scaler on the whole series, test days included (wrong).")
  boolean leaky;

  @Option(
      names = "--target",
      defaultValue = "next",
      description =
          "next (tomorrow's price, the question) or window-mean (the moving average ending"
              + " tomorrow: the wrong target one public version uses). Default ${DEFAULT-VALUE}.")
  String target;

  @Option(
      names = "--out",
      defaultValue = "forecast-model",
      paramLabel = "DIR",
      description = "Folder for the model (lstm.json + lstm.params; default ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws Exception {
    LstmSpec lstm =
        new LstmSpec(
            windowOption.window,
            layers,
            units,
            options.epochs,
            options.learningRate,
            batch,
            seed,
            Target.parse(target),
            leaky);
    AtomicFiles.checkFolderTarget(out);
    PrintWriter err = spec.commandLine().getErr();
    ConsoleProgress progress = new ConsoleProgress(err);
    Series s = series.load(windowOption.window, progress);
    PrintWriter o = spec.commandLine().getOut();
    LstmTrainer.Outcome outcome;
    try {
      outcome =
          LstmTrainer.train(
              series.name(),
              s,
              lstm,
              out,
              new EpochLinePrinter(err, "%.6f", "validation -MSE", "%.3f", "windows"),
              progress);
    } catch (TrainingDiverged e) {
      if (options.json) {
        Json.print(o, e.json());
      }
      throw e;
    }
    progress.done();
    double mse = -outcome.result().bestValidation();
    if (options.json) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("out", out.toString());
      result.put("bestEpoch", outcome.result().bestEpoch());
      result.put("validationMse", mse);
      result.put("stopped", outcome.result().stopped().id());
      result.put("epochs", outcome.result().epochs());
      Json.print(o, result);
    } else {
      o.println(
          T.get(
              "forecast.cli.kept",
              outcome.result().bestEpoch(),
              String.format(Locale.ROOT, "%.4f", mse),
              out,
              "learning-lab forecast eval --model " + out));
    }
    o.flush();
    return 0;
  }
}
