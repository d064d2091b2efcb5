package dev.learninglab.labs.editdistance.cli;

import dev.learninglab.core.io.Json;
import dev.learninglab.labs.editdistance.model.Costs;
import dev.learninglab.labs.editdistance.model.EditDistance;
import dev.learninglab.labs.editdistance.model.PairsFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code learning-lab edit-distance}: the lab's headless twin.
 *
 * <pre>
 * learning-lab edit-distance numpy numexpr --json
 * learning-lab edit-distance --pairs pairs.tsv
 * learning-lab edit-distance match py36.txt py39.txt --names-only
 * </pre>
 */
@Command(
    name = "edit-distance",
    subcommands = MatchCommand.class,
    description = {
      "Weighted edit distance with its edit script and cost matrix (matrix when both strings"
          + " have at most 64 characters).",
      "A source string literally named `match` needs `--` before it."
    })
public final class EditDistanceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Parameters(arity = "0..2", paramLabel = "STRING", description = "SOURCE and TARGET.")
  List<String> strings = new ArrayList<>();

  @Option(
      names = "--pairs",
      paramLabel = "FILE",
      description = "Tab-separated SOURCE<TAB>TARGET lines.")
  Path pairs;

  @Mixin CostOptions costOptions = new CostOptions();

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    Costs costs = costOptions.costs();
    PrintWriter out = spec.commandLine().getOut();
    if (pairs != null) {
      if (!strings.isEmpty()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "Give either SOURCE TARGET or --pairs FILE, not both");
      }
      printPairs(out, costs);
      return 0;
    }
    if (strings.size() != 2) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "Expected SOURCE and TARGET (or --pairs FILE, or the match subcommand); got "
              + strings.size()
              + " string(s)");
    }
    DistanceResult r = DistanceResult.of(strings.get(0), strings.get(1), costs);
    if (json) {
      Json.print(out, r);
    } else {
      TextReport.distance(out, strings.get(0), strings.get(1), r);
    }
    return 0;
  }

  private void printPairs(PrintWriter out, Costs costs) {
    List<PairJson> rows = new ArrayList<>();
    for (PairsFile.Pair p : PairsFile.read(pairs)) {
      rows.add(
          new PairJson(
              p.source(), p.target(), EditDistance.distance(p.source(), p.target(), costs)));
    }
    if (json) {
      Json.print(out, Map.of("pairs", rows));
    } else {
      rows.forEach(r -> out.println(r.source() + "\t" + r.target() + "\t" + r.distance()));
      out.flush();
    }
  }

  /** One line of {@code --pairs} output. */
  private record PairJson(String source, String target, long distance) {}
}
