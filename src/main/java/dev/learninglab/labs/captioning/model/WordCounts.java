package dev.learninglab.labs.captioning.model;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How often each token occurs in a set of tokenised captions. */
final class WordCounts {

  private WordCounts() {}

  static Map<String, Integer> of(Collection<List<String>> captions) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> caption : captions) {
      for (String w : caption) {
        counts.merge(w, 1, Integer::sum);
      }
    }
    return counts;
  }
}
