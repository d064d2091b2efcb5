package dev.learninglab.labs.smell.model.gnn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.learninglab.core.compute.SparseArrays;
import dev.learninglab.labs.smell.model.graph.MolecularGraph;
import dev.learninglab.labs.smell.model.graph.OgbVocabulary;
import java.util.List;

/**
 * Several molecules as one block-diagonal graph: atoms are numbered across the batch (each
 * molecule's atoms offset by the atoms before it) and every atom knows its molecule.
 *
 * <p>Gather and scatter-add are sparse incidence matrices (COO, one entry per edge, never a dense
 * N×N adjacency): {@code gather} (E×N) picks each edge's source atom, {@code scatter} (N×E) adds
 * each edge's message into its target atom, {@code gcn} (N×N) is Kipf &amp; Welling's D^-½(A+I)D^-½
 * with one entry per edge and self loop, {@code readout} (G×N) averages each molecule's atoms, and
 * the one-hot encoders (N×174, E×13) turn the ogb feature indices into sums of embeddings.
 */
public final class GraphBatch {
  /** Offsets of each atom feature's block in the stacked embedding table. */
  static final int[] ATOM_OFFSETS = offsets(OgbVocabulary.ATOM_DIMS);

  static final int[] BOND_OFFSETS = offsets(OgbVocabulary.BOND_DIMS);

  /** Position of the atoms-per-molecule column (G) in {@link #toNDList}. */
  static final int ATOMS_PER_MOLECULE = 6;

  static final int ATOM_VOCABULARY = total(OgbVocabulary.ATOM_DIMS);
  static final int BOND_VOCABULARY = total(OgbVocabulary.BOND_DIMS);

  private final int graphs;
  private final int atoms;
  private final int edges;
  private final int[] graphOfAtom;
  private final int[] atomCounts;
  private final int[][] atomFeatures;
  private final int[] src;
  private final int[] dst;
  private final int[][] edgeFeatures;

  /** Stacks the molecules into one graph. */
  public GraphBatch(List<MolecularGraph> molecules) {
    graphs = molecules.size();
    atoms = molecules.stream().mapToInt(MolecularGraph::atomCount).sum();
    edges = molecules.stream().mapToInt(MolecularGraph::edgeCount).sum();
    graphOfAtom = new int[atoms];
    atomCounts = new int[graphs];
    atomFeatures = new int[atoms][];
    src = new int[edges];
    dst = new int[edges];
    edgeFeatures = new int[edges][];
    int atomBase = 0;
    int edgeBase = 0;
    for (int g = 0; g < graphs; g++) {
      MolecularGraph m = molecules.get(g);
      atomCounts[g] = m.atomCount();
      for (int a = 0; a < m.atomCount(); a++) {
        graphOfAtom[atomBase + a] = g;
        atomFeatures[atomBase + a] = m.nodeFeatures()[a];
      }
      for (int e = 0; e < m.edgeCount(); e++) {
        src[edgeBase + e] = atomBase + m.src()[e];
        dst[edgeBase + e] = atomBase + m.dst()[e];
        edgeFeatures[edgeBase + e] = m.edgeFeatures()[e];
      }
      atomBase += m.atomCount();
      edgeBase += m.edgeCount();
    }
  }

  public int graphs() {
    return graphs;
  }

  public int atoms() {
    return atoms;
  }

  public int edges() {
    return edges;
  }

  /** The molecule each atom belongs to. */
  public int[] graphOfAtom() {
    return graphOfAtom.clone();
  }

  /**
   * The network's inputs: atom one-hots, GCN propagation, gather, scatter, bond one-hots, mean
   * readout, atoms per molecule.
   */
  public NDList toNDList(NDManager manager) {
    return new NDList(
        oneHots(manager, atomFeatures, ATOM_OFFSETS, ATOM_VOCABULARY, atoms),
        gcnPropagation(manager),
        incidence(manager, src, edges, atoms, false),
        incidence(manager, dst, edges, atoms, true),
        oneHots(manager, edgeFeatures, BOND_OFFSETS, BOND_VOCABULARY, edges),
        readout(manager),
        manager.create(toFloats(atomCounts)));
  }

  private NDArray gcnPropagation(NDManager manager) {
    double[] degree = new double[atoms];
    java.util.Arrays.fill(degree, 1); // the self loop
    for (int e = 0; e < edges; e++) {
      degree[dst[e]]++;
    }
    int nnz = edges + atoms;
    float[] values = new float[nnz];
    long[][] index = new long[2][nnz];
    for (int e = 0; e < edges; e++) {
      index[0][e] = dst[e];
      index[1][e] = src[e];
      values[e] = (float) (1 / Math.sqrt(degree[dst[e]] * degree[src[e]]));
    }
    for (int a = 0; a < atoms; a++) {
      index[0][edges + a] = a;
      index[1][edges + a] = a;
      values[edges + a] = (float) (1 / degree[a]);
    }
    return SparseArrays.coo(manager, index[0], index[1], values, new Shape(atoms, atoms));
  }

  /** Gather (E×N: row e picks atom[e]) or, transposed, scatter-add (N×E). */
  private static NDArray incidence(
      NDManager manager, int[] atomOfEdge, int edges, int atoms, boolean scatter) {
    float[] values = new float[edges];
    java.util.Arrays.fill(values, 1f);
    long[][] index = new long[2][edges];
    for (int e = 0; e < edges; e++) {
      index[scatter ? 0 : 1][e] = atomOfEdge[e];
      index[scatter ? 1 : 0][e] = e;
    }
    Shape shape = scatter ? new Shape(atoms, edges) : new Shape(edges, atoms);
    return SparseArrays.coo(manager, index[0], index[1], values, shape);
  }

  private NDArray readout(NDManager manager) {
    float[] values = new float[atoms];
    long[][] index = new long[2][atoms];
    for (int a = 0; a < atoms; a++) {
      index[0][a] = graphOfAtom[a];
      index[1][a] = a;
      values[a] = 1f / atomCounts[graphOfAtom[a]];
    }
    return SparseArrays.coo(manager, index[0], index[1], values, new Shape(graphs, atoms));
  }

  private static float[] toFloats(int[] values) {
    float[] out = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i];
    }
    return out;
  }

  private static NDArray oneHots(
      NDManager manager, int[][] features, int[] offsets, int vocabulary, int rows) {
    int per = offsets.length;
    float[] values = new float[rows * per];
    java.util.Arrays.fill(values, 1f);
    long[][] index = new long[2][rows * per];
    for (int r = 0; r < rows; r++) {
      for (int f = 0; f < per; f++) {
        index[0][r * per + f] = r;
        index[1][r * per + f] = offsets[f] + features[r][f];
      }
    }
    return SparseArrays.coo(manager, index[0], index[1], values, new Shape(rows, vocabulary));
  }

  private static int[] offsets(int[] dims) {
    int[] out = new int[dims.length];
    for (int i = 1; i < dims.length; i++) {
      out[i] = out[i - 1] + dims[i - 1];
    }
    return out;
  }

  private static int total(int[] dims) {
    int sum = 0;
    for (int d : dims) {
      sum += d;
    }
    return sum;
  }
}
