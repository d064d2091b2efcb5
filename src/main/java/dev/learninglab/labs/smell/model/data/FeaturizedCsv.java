package dev.learninglab.labs.smell.model.data;

import dev.learninglab.core.io.Quote;
import dev.learninglab.labs.smell.model.graph.InvalidSmilesException;
import dev.learninglab.labs.smell.model.graph.MolecularGraph;
import dev.learninglab.labs.smell.model.graph.OgbFeaturizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a molecule CSV that featurise, with their row numbers, and the rows skipped with the
 * reason (the tutorial skips unreadable SMILES too, but silently; here they are counted).
 *
 * @param graphs featurised molecules
 * @param rows the CSV row of each graph
 * @param skipped rows left out
 */
public record FeaturizedCsv(List<MolecularGraph> graphs, int[] rows, List<SkippedRow> skipped) {

  /** Featurises every SMILES of the column. */
  public static FeaturizedCsv of(List<String> smiles, OgbFeaturizer featurizer) {
    List<MolecularGraph> graphs = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    List<SkippedRow> skipped = new ArrayList<>();
    for (int row = 0; row < smiles.size(); row++) {
      String s = smiles.get(row);
      try {
        graphs.add(featurizer.featurize(s));
        rows.add(row);
      } catch (InvalidSmilesException e) {
        // the row number finds it; a 10,000-character SMILES is not repeated whole
        skipped.add(new SkippedRow(row, Quote.excerpt(s), e.getMessage()));
      }
    }
    return new FeaturizedCsv(
        List.copyOf(graphs), rows.stream().mapToInt(Integer::intValue).toArray(), skipped);
  }
}
