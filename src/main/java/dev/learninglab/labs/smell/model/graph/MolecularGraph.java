package dev.learninglab.labs.smell.model.graph;

import java.util.List;

/**
 * A molecule as ogb's {@code smiles2graph} gives it: one row of 9 atom features per atom, and each
 * bond (i, j) as two directed edges i→j then j→i, each with the bond's 3 features.
 *
 * @param smiles the input as given
 * @param atoms element symbols, in input order (hydrogens folded into their heavy atoms)
 * @param nodeFeatures atoms × 9 feature indices
 * @param src edge sources
 * @param dst edge targets
 * @param edgeFeatures edges × 3 feature indices
 */
public record MolecularGraph(
    String smiles,
    List<String> atoms,
    int[][] nodeFeatures,
    int[] src,
    int[] dst,
    int[][] edgeFeatures) {

  public int atomCount() {
    return nodeFeatures.length;
  }

  public int edgeCount() {
    return src.length;
  }
}
