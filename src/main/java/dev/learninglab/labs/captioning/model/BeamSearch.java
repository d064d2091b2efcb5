package dev.learninglab.labs.captioning.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Beam search for the v3 decoder: keep the {@code width} most probable partial captions, extend
 * each by its {@code width} best next words, keep the best {@code width} of all of them (finished
 * ones included) and stop when every kept caption has emitted {@code <end>} or the step limit is
 * reached. Scores are summed log-probabilities. Width 1 is greedy decoding.
 */
final class BeamSearch {

  private record Hypothesis(
      List<Integer> ids, double logProb, boolean ended, NDArray h, NDArray c, BeamTree.Node node) {}

  private BeamSearch() {}

  static Caption run(Captioner captioner, float[] pixels, int width) {
    return trace(captioner, pixels, width).best();
  }

  /** Runs beam search and keeps every step's hypotheses with their parents. */
  static BeamTree trace(Captioner captioner, float[] pixels, int width) {
    if (width < 1 || width > 5) {
      throw new IllegalArgumentException("beam width must be 1 to 5, got " + width);
    }
    AttentionDecoder decoder = captioner.attentionDecoder();
    try (NDManager scope = captioner.djlModel().getNDManager().newSubManager()) {
      ParameterStore ps = new ParameterStore(scope, false);
      NDList state = decoder.start(ps, Captioner.images(scope, List.of(pixels)), false);
      NDArray keys = state.get(0);
      List<Hypothesis> beam = new ArrayList<>();
      beam.add(new Hypothesis(List.of(), 0, false, state.get(1), state.get(2), null));
      List<List<BeamTree.Node>> tree = new ArrayList<>();
      for (int t = 0; t < captioner.steps() && !beam.stream().allMatch(Hypothesis::ended); t++) {
        List<Hypothesis> candidates = new ArrayList<>();
        for (int parent = 0; parent < beam.size(); parent++) {
          Hypothesis hyp = beam.get(parent);
          if (hyp.ended()) {
            BeamTree.Node n = hyp.node();
            candidates.add(
                new Hypothesis(
                    hyp.ids(),
                    hyp.logProb(),
                    true,
                    hyp.h(),
                    hyp.c(),
                    new BeamTree.Node(n.word(), n.logProb(), parent, true, true)));
            continue;
          }
          long last = hyp.ids().isEmpty() ? Vocabulary.START : hyp.ids().get(hyp.ids().size() - 1);
          NDArray word = scope.create(new long[] {last}, new Shape(1, 1));
          NDList r = decoder.step(ps, keys, hyp.h(), hyp.c(), word, false);
          float[] p = r.get(0).softmax(2).toFloatArray();
          for (int next : Captioner.topIndices(p, width)) {
            List<Integer> ids = new ArrayList<>(hyp.ids());
            boolean end = next == Vocabulary.END;
            if (!end) {
              ids.add(next);
            }
            double logProb = hyp.logProb() + Math.log(p[next]);
            BeamTree.Node n =
                new BeamTree.Node(
                    captioner.vocabulary().word(next),
                    logProb,
                    tree.isEmpty() ? -1 : parent,
                    end,
                    false);
            candidates.add(new Hypothesis(ids, logProb, end, r.get(2), r.get(3), n));
          }
        }
        // stable sort: among equal scores the earlier (greedier) candidate stays first
        candidates.sort(Comparator.comparingDouble(Hypothesis::logProb).reversed());
        beam = new ArrayList<>(candidates.subList(0, Math.min(width, candidates.size())));
        tree.add(beam.stream().map(Hypothesis::node).toList());
      }
      Hypothesis best = beam.get(0);
      return new BeamTree(
          width,
          tree,
          new Caption(captioner.words(best.ids()), best.ended(), best.logProb(), width));
    }
  }
}
