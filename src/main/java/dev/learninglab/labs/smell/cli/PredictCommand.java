package dev.learninglab.labs.smell.cli;

import static dev.learninglab.labs.smell.model.SmellTexts.T;

import dev.learninglab.core.io.Json;
import dev.learninglab.labs.smell.model.OdourPredictor;
import dev.learninglab.labs.smell.model.OdourPredictor.Prediction;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code smell predict}: fruity probability and the top odours of each molecule. */
@Command(name = "predict", description = "Fruity probability and top odours (shipped models).")
final class PredictCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SMILES", arity = "1..*", description = "Molecules.")
  List<String> smiles = new ArrayList<>();

  @Option(names = "--model", description = "A model saved by `smell train --out` instead.")
  Path model;

  @Option(names = "--top", defaultValue = "10", description = "How many odours to list.")
  int top;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (top < 1) {
      throw new IllegalArgumentException("--top must be ≥ 1");
    }
    try (OdourPredictor predictor = OdourPredictor.open(model)) {
      List<Prediction> predictions = new ArrayList<>();
      for (String s : smiles) {
        predictions.add(predictor.predict(s, top));
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Json.print(out, predictions.stream().map(PredictCommand::toJson).toList());
      } else {
        for (Prediction p : predictions) {
          out.printf("%s%n", p.smiles());
          if (p.fruity() != null) {
            out.println(
                "  " + T.get("smell.cli.fruity", String.format(Locale.ROOT, "%.3f", p.fruity())));
          }
          p.odours().forEach(o -> out.printf("  %-14s %.3f%n", o.name(), o.p()));
        }
      }
      out.flush();
    }
    return 0;
  }

  private static Map<String, Object> toJson(Prediction p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("smiles", p.smiles());
    m.put("fruity", p.fruity());
    m.put("odours", p.odours());
    return m;
  }
}
