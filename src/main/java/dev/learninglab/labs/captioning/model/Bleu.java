package dev.learninglab.labs.captioning.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Corpus BLEU-1…4 computed as NLTK's {@code corpus_bleu} with uniform weights and no smoothing:
 * clipped n-gram matches and n-gram counts are summed over the corpus before dividing; the brevity
 * penalty compares the total hypothesis length with the sum of the reference lengths closest to
 * each hypothesis (ties to the shorter); no unigram match gives 0; a higher order with no match
 * contributes {@code log(Double.MIN_NORMAL)}, as NLTK's "method0", which makes that score
 * vanishingly small but not exactly 0.
 *
 * <pre>{@code
 * double[] b = Bleu.corpus(List.of(List.of(refTokens1, refTokens2)), List.of(hypTokens));
 * }</pre>
 */
public final class Bleu {

  /** The highest n-gram order. */
  public static final int MAX_ORDER = 4;

  private Bleu() {}

  /**
   * BLEU-1…4 of {@code hypotheses}, each scored against its list of references (tokenised).
   *
   * @throws IllegalArgumentException when the two lists differ in length or a hypothesis has no
   *     reference
   */
  public static double[] corpus(
      List<List<List<String>>> references, List<List<String>> hypotheses) {
    if (references.size() != hypotheses.size()) {
      throw new IllegalArgumentException(
          hypotheses.size() + " hypotheses but " + references.size() + " reference lists");
    }
    long[] matches = new long[MAX_ORDER + 1];
    long[] totals = new long[MAX_ORDER + 1];
    long hypLength = 0;
    long refLength = 0;
    for (int s = 0; s < hypotheses.size(); s++) {
      List<String> hyp = hypotheses.get(s);
      List<List<String>> refs = references.get(s);
      if (refs.isEmpty()) {
        throw new IllegalArgumentException("hypothesis " + (s + 1) + " has no reference");
      }
      for (int n = 1; n <= MAX_ORDER; n++) {
        Map<List<String>, Integer> counts = ngrams(hyp, n);
        Map<List<String>, Integer> maxRef = new HashMap<>();
        for (List<String> ref : refs) {
          ngrams(ref, n).forEach((g, c) -> maxRef.merge(g, c, Math::max));
        }
        long clipped = 0;
        long total = 0;
        for (Map.Entry<List<String>, Integer> e : counts.entrySet()) {
          clipped += Math.min(e.getValue(), maxRef.getOrDefault(e.getKey(), 0));
          total += e.getValue();
        }
        matches[n] += clipped;
        totals[n] += Math.max(1, total);
      }
      hypLength += hyp.size();
      refLength += closestLength(refs, hyp.size());
    }
    double[] bleu = new double[MAX_ORDER];
    if (matches[1] == 0) {
      return bleu;
    }
    double penalty = brevityPenalty(refLength, hypLength);
    for (int order = 1; order <= MAX_ORDER; order++) {
      double logSum = 0;
      for (int n = 1; n <= order; n++) {
        double p = matches[n] == 0 ? Double.MIN_NORMAL : (double) matches[n] / totals[n];
        logSum += (1.0 / order) * Math.log(p);
      }
      bleu[order - 1] = penalty * Math.exp(logSum);
    }
    return bleu;
  }

  /** 1 when the hypotheses are longer than the references, else exp(1 − r/c); 0 when c is 0. */
  static double brevityPenalty(long refLength, long hypLength) {
    if (hypLength > refLength) {
      return 1;
    }
    if (hypLength == 0) {
      return 0;
    }
    return Math.exp(1 - (double) refLength / hypLength);
  }

  private static int closestLength(List<List<String>> refs, int hypLength) {
    int best = refs.get(0).size();
    for (List<String> ref : refs) {
      int len = ref.size();
      int d = Math.abs(len - hypLength);
      int bestD = Math.abs(best - hypLength);
      if (d < bestD || (d == bestD && len < best)) {
        best = len;
      }
    }
    return best;
  }

  private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      counts.merge(new ArrayList<>(tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return counts;
  }
}
