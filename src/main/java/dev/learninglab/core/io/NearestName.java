package dev.learninglab.core.io;

import java.util.Collection;
import java.util.Optional;

/**
 * The known name closest to a misspelt one ({@code model_option.test_size} → {@code
 * model_options.test_size}), for "did you mean" in an error: the fewest single-character edits, and
 * only when at most a third of the name differs, so an unrelated name is not suggested.
 */
public final class NearestName {
  private NearestName() {}

  public static Optional<String> to(String given, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = distance(given, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(2, given.length() / 3)
        ? Optional.of(best)
        : Optional.empty();
  }

  /** Levenshtein distance with two rows; names are short, so quadratic time is fine. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
