package dev.learninglab.labs.smell.cli;

import static dev.learninglab.labs.smell.model.SmellTexts.T;

import dev.learninglab.core.i18n.Columns;
import dev.learninglab.core.io.Json;
import dev.learninglab.labs.smell.model.data.FeaturizedCsv;
import dev.learninglab.labs.smell.model.data.SkippedRow;
import dev.learninglab.labs.smell.model.data.SmilesCsv;
import dev.learninglab.labs.smell.model.graph.MolecularGraph;
import dev.learninglab.labs.smell.model.graph.OgbFeaturizer;
import dev.learninglab.labs.smell.model.graph.OgbVocabulary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code smell featurize}: SMILES → ogb's atom and bond features, edges in ogb's order. */
@Command(
    name = "featurize",
    description = "ogb's 9 atom and 3 bond features of SMILES (arguments or a CSV column).")
final class FeaturizeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SMILES", arity = "0..*", description = "Molecules to featurise.")
  List<String> smiles = new ArrayList<>();

  @Option(names = "--csv", description = "Featurise a CSV column instead; bad rows are skipped.")
  Path csv;

  @Option(names = "--column", defaultValue = "SMILES", description = "The CSV's SMILES column.")
  String column;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    if ((csv == null) == smiles.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give SMILES arguments or --csv FILE (one of the two)");
    }
    OgbFeaturizer featurizer = new OgbFeaturizer();
    List<MolecularGraph> graphs;
    List<SkippedRow> skipped = null;
    if (csv != null) {
      FeaturizedCsv result = FeaturizedCsv.of(SmilesCsv.read(csv, column).values(), featurizer);
      graphs = result.graphs();
      skipped = result.skipped();
    } else {
      graphs = smiles.stream().map(featurizer::featurize).toList();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      // The contract is one object per molecule: SMILES arguments give a bare array of them; a CSV
      // wraps the array with the rows it skipped, which have nowhere else to go.
      List<Map<String, Object>> molecules = graphs.stream().map(FeaturizeCommand::toJson).toList();
      if (skipped == null) {
        Json.print(out, molecules);
      } else {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("molecules", molecules);
        root.put("skipped", skipped);
        Json.print(out, root);
      }
    } else {
      graphs.forEach(g -> printText(out, g));
      if (skipped != null) {
        out.println(T.get("smell.cli.featurised", graphs.size(), skipped.size()));
        skipped.forEach(s -> out.println("  " + T.get("smell.cli.row", s.row(), s.error())));
      }
    }
    out.flush();
    return 0;
  }

  static Map<String, Object> toJson(MolecularGraph g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("smiles", g.smiles());
    m.put("atoms", g.atoms());
    m.put("nodeFeatures", g.nodeFeatures());
    m.put("edges", Map.of("src", g.src(), "dst", g.dst()));
    m.put("edgeFeatures", g.edgeFeatures());
    return m;
  }

  private static void printText(PrintWriter out, MolecularGraph g) {
    out.println(T.get("smell.cli.graph", g.smiles(), g.atomCount(), g.edgeCount()));
    out.println(
        "  "
            + Columns.left(T.get("smell.cli.atom"), 4)
            + " "
            + Columns.left(T.get("smell.cli.element"), 3)
            + " "
            + String.join(" | ", OgbVocabulary.atomFeatureNames()));
    for (int a = 0; a < g.atomCount(); a++) {
      List<String> words = new ArrayList<>();
      for (int f = 0; f < 9; f++) {
        words.add(OgbVocabulary.describeAtom(f, g.nodeFeatures()[a][f]));
      }
      out.printf("  %-4d %-3s %s%n", a, g.atoms().get(a), String.join(" | ", words));
    }
    for (int e = 0; e < g.edgeCount(); e += 2) {
      int[] f = g.edgeFeatures()[e];
      out.println(
          "  "
              + T.get(
                  "smell.cli.bond",
                  String.valueOf(g.src()[e]),
                  String.valueOf(g.dst()[e]),
                  OgbVocabulary.describeBond(0, f[0]),
                  OgbVocabulary.describeBond(1, f[1]),
                  OgbVocabulary.describeBond(2, f[2])));
    }
  }
}
