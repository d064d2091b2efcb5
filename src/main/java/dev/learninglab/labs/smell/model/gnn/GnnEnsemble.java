package dev.learninglab.labs.smell.model.gnn;

import ai.djl.Model;
import dev.learninglab.labs.smell.model.graph.MolecularGraph;
import java.util.List;

/**
 * Networks of one shape trained from different seeds, answering together: their logits are
 * averaged, so each atom's share of the averaged logit is the average of its shares and stays
 * exact. One member is a single network.
 */
public final class GnnEnsemble implements AutoCloseable {

  /**
   * One trained network and the DJL model that owns its memory, with the epoch kept and its
   * validation ROC-AUC (0 and NaN when unknown, as for a loaded network).
   */
  public record Member(Model model, OdourGnn block, int bestEpoch, double validation) {

    /** A network whose training history is not known. */
    public Member(Model model, OdourGnn block) {
      this(model, block, 0, Double.NaN);
    }
  }

  private final List<Member> members;

  public GnnEnsemble(List<Member> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("an ensemble needs at least one network");
    }
    this.members = List.copyOf(members);
  }

  public List<Member> members() {
    return members;
  }

  public GnnConfig config() {
    return members.get(0).block().config();
  }

  /** Sigmoid of the members' mean logit, molecules × outputs. */
  public double[][] probabilities(List<MolecularGraph> graphs) {
    return GnnPredictor.sigmoid(meanOver(m -> GnnPredictor.logits(m.block(), manager(m), graphs)));
  }

  /** Each atom's share of the mean logit, atoms × outputs. */
  public double[][] atomContributions(MolecularGraph graph) {
    return meanOver(m -> GnnPredictor.atomContributions(m.block(), manager(m), graph));
  }

  /**
   * The first member's readout vectors, molecules × readout width. Members trained from other seeds
   * embed in unrelated coordinates, so averaging them would mean nothing, and placing them side by
   * side would multiply the map's cost for little gain.
   */
  public double[][] embeddings(List<MolecularGraph> graphs) {
    Member first = members.get(0);
    return GnnPredictor.embeddings(first.block(), manager(first), graphs);
  }

  private double[][] meanOver(java.util.function.Function<Member, double[][]> each) {
    double[][] sum = null;
    for (Member m : members) {
      double[][] part = each.apply(m);
      if (sum == null) {
        sum = part;
      } else {
        for (int i = 0; i < sum.length; i++) {
          for (int t = 0; t < sum[i].length; t++) {
            sum[i][t] += part[i][t];
          }
        }
      }
    }
    for (double[] row : sum) {
      for (int t = 0; t < row.length; t++) {
        row[t] /= members.size();
      }
    }
    return sum;
  }

  private static ai.djl.ndarray.NDManager manager(Member m) {
    return m.model().getNDManager();
  }

  @Override
  public void close() {
    members.forEach(m -> m.model().close());
  }
}
