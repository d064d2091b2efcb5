package dev.learninglab.labs.iin.cli;

import static dev.learninglab.labs.iin.model.IinTexts.T;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.i18n.Columns;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.task.ConsoleProgress;
import dev.learninglab.labs.iin.model.data.ColourDigits;
import dev.learninglab.labs.iin.model.iin.EvalReport;
import dev.learninglab.labs.iin.model.iin.IinModel;
import dev.learninglab.labs.iin.model.iin.SwapEvaluation;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code learning-lab iin eval}: what a trained IIN does on the test digits. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Measure an IIN on the 2,000 test digits: invertibility, factor swaps judged by a digit"
            + " classifier and the mean hue (through T and on the same dimensions of z), linear"
            + " probes and the factor sizes.")
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ModelOption model;

  @Option(
      names = "--pairs",
      defaultValue = "1000",
      description = "Random test pairs to swap (default ${DEFAULT-VALUE}).")
  int pairs;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (pairs < 1) {
      throw new IllegalArgumentException("--pairs must be at least 1, got " + pairs);
    }
    ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
    try (IinModel iin = model.load()) {
      ColourDigits data = ColourDigits.load(DatasetResolver.standard(), progress);
      EvalReport r = SwapEvaluation.run(iin, data, pairs, progress);
      progress.done();
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Json.print(out, r);
      } else {
        print(out, r);
      }
      out.flush();
    }
    return 0;
  }

  private static void print(PrintWriter out, EvalReport r) {
    out.println(
        T.get("iin.cli.invertibility", String.format(Locale.ROOT, "%.2e", r.invertibility())));
    out.println(
        T.get(
            "iin.cli.oracles",
            three(r.reconstruction().get("digit")),
            three(r.reconstruction().get("colour"))));
    out.println(
        Columns.left(T.get("iin.cli.swaps", r.pairs()), 36)
            + Columns.right(T.get("iin.cli.follows"), 7)
            + Columns.right(T.get("iin.cli.kept"), 8));
    for (Map.Entry<String, EvalReport.Swap> e : r.swap().entrySet()) {
      EvalReport.Swap h = r.halves().get(e.getKey());
      swapRow(out, e.getKey(), T.get("iin.cli.throughT"), e.getValue());
      swapRow(out, e.getKey(), T.get("iin.cli.sameDims"), h);
    }
    out.println(T.get("iin.cli.probe"));
    out.printf(Locale.ROOT, "  %-10s%s%n", "", String.join("  ", r.probeColumns()));
    for (int i = 0; i < r.probeRows().size(); i++) {
      out.printf(
          Locale.ROOT,
          "  %-10s%.3f  %.3f%n",
          r.probeRows().get(i),
          r.probe().get(i).get(0),
          r.probe().get(i).get(1));
    }
    out.println(T.get("iin.cli.sizes", r.factorSizes(), r.correlationScores()));
  }

  private static void swapRow(PrintWriter out, String factor, String how, EvalReport.Swap s) {
    out.println(
        "  "
            + Columns.left(factor, 9)
            + Columns.left(how, 25)
            + Columns.right(three(s.follows()), 7)
            + Columns.right(three(s.kept()), 8));
  }

  private static String three(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
