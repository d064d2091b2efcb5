package dev.learninglab.labs.captioning.model;

import java.util.List;

/**
 * What beam search kept at each step: {@code steps.get(t)} are the hypotheses alive after word
 * {@code t + 1}, best first, each pointing to its parent in the step before (−1: the start). A
 * hypothesis that already said {@code <end>} is carried to later steps unchanged ({@code carried}),
 * competing with the ones still growing. {@code best} is the caption beam search returns.
 */
public record BeamTree(int width, List<List<Node>> steps, Caption best) {

  /** One kept hypothesis: its last word, its summed log-probability and its parent's index. */
  public record Node(String word, double logProb, int parent, boolean ended, boolean carried) {}

  /** Index of the best hypothesis's node at each step, from the first word to the last. */
  public int[] bestPath() {
    int[] path = new int[steps.size()];
    int node = 0;
    for (int t = steps.size() - 1; t >= 0; t--) {
      path[t] = node;
      node = steps.get(t).get(node).parent();
    }
    return path;
  }
}
