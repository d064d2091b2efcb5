package dev.learninglab.labs.curves.cli;

import static dev.learninglab.labs.curves.model.CurvesTexts.T;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.i18n.Columns;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.task.ConsoleProgress;
import dev.learninglab.labs.curves.model.DiagnoseReport;
import dev.learninglab.labs.curves.model.IrisCsv;
import dev.learninglab.labs.curves.model.Names;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code learning-lab curves diagnose}: the iris learning curve for one C, and its diagnosis. */
@Command(
    name = "diagnose",
    mixinStandardHelpOptions = true,
    description =
        "Learning curve of logistic regression on iris for one C, and whether it over- or underfits.")
public final class DiagnoseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--C",
      defaultValue = "1",
      description = "Inverse regularisation strength (default ${DEFAULT-VALUE}).")
  double c;

  @Option(
      names = "--folds",
      defaultValue = "5",
      description = "Stratified folds (default ${DEFAULT-VALUE}).")
  int folds;

  @Option(
      names = "--shuffle-seed",
      defaultValue = "0",
      description =
          "Seed of the NumPy RandomState that permutes each fold's training rows (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--no-shuffle",
      description =
          "Keep the file order: iris is sorted by class, so small training sizes hold one class only.")
  boolean noShuffle;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (!(c > 0) || Double.isInfinite(c)) {
      throw new IllegalArgumentException("--C must be a positive number, got " + c);
    }
    PrintWriter err = spec.commandLine().getErr();
    ConsoleProgress progress = new ConsoleProgress(err);
    LabelledData iris =
        IrisCsv.read(DatasetResolver.standard().resolve("iris", progress).file("iris.csv"));
    DiagnoseReport report = DiagnoseReport.run(iris, c, folds, noShuffle ? null : seed, progress);
    progress.done();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, report);
    } else {
      printTable(out, report);
    }
    return 0;
  }

  private static void printTable(PrintWriter out, DiagnoseReport r) {
    out.println(
        T.get(
            "curves.cli.diagnose.heading",
            String.valueOf(r.C()),
            r.folds(),
            r.shuffleSeed() == null
                ? T.get("curves.cli.unshuffled")
                : T.get("curves.cli.shuffleSeed", r.shuffleSeed())));
    out.println(
        Columns.right(T.get("curves.cli.col.size"), 7)
            + "   "
            + Columns.right(T.get("curves.cli.col.trainAcc"), 15)
            + "   "
            + Columns.right(T.get("curves.cli.col.validAcc"), 15)
            + "   "
            + Columns.right(T.get("curves.cli.col.trainLoss"), 10)
            + "   "
            + Columns.right(T.get("curves.cli.col.validLoss"), 10));
    for (int i = 0; i < r.trainSizes().length; i++) {
      out.printf(
          Locale.ROOT,
          "%7d   %s   %s   %10s   %10s%n",
          r.trainSizes()[i],
          cell(r.train(), i),
          cell(r.validation(), i),
          number(r.trainLogLoss().mean().get(i)),
          number(r.validationLogLoss().mean().get(i)));
    }
    out.println();
    out.println(T.get("curves.diag.heading", Names.verdict(r.verdict())));
    r.reasons().forEach(reason -> out.println("  - " + reason));
    r.problems().forEach(p -> out.println("  ! " + p));
    out.flush();
  }

  private static String cell(DiagnoseReport.Band b, int i) {
    return String.format(Locale.ROOT, "%6s (%5s)", number(b.mean().get(i)), number(b.std().get(i)));
  }

  private static String number(Double v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }
}
