package dev.learninglab.labs.smell.cli;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.smell.model.baseline.FingerprintBaseline;
import dev.learninglab.labs.smell.model.data.OdourData;
import dev.learninglab.labs.smell.model.data.OdourTask;
import dev.learninglab.labs.smell.model.eval.CvReport;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code smell baseline}: ECFP4 + logistic regression, cross-validated. */
@Command(
    name = "baseline",
    description = "ECFP4 (2048 bits) + logistic regression, k-fold, beside the majority baseline.")
final class BaselineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--task", required = true, description = "fruity or gslf.")
  String task;

  @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds.")
  int folds;

  @Option(names = "--seed", defaultValue = "42", description = "Seeds the folds.")
  long seed;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    OdourTask odourTask = OdourTask.parse(task);
    OdourData data = odourTask.load(DatasetResolver.standard(), Progress.none());
    PrintWriter err = spec.commandLine().getErr();
    AtomicInteger fold = new AtomicInteger();
    CvReport report =
        FingerprintBaseline.crossValidate(
            data, folds, seed, r -> CvJson.printFold(err, "baseline", fold.incrementAndGet(), r));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("task", odourTask.cliName());
      root.put("model", "ecfp4-logistic");
      root.put("molecules", data.size());
      root.put("skipped", data.skipped().size());
      CvJson.putReport(root, report);
      Json.print(out, root);
    } else {
      CvJson.printTable(out, List.of("ECFP4 + logistic"), List.of(report));
    }
    out.flush();
    return 0;
  }
}
