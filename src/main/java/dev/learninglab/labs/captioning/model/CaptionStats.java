package dev.learninglab.labs.captioning.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a caption corpus looks like: how many captions, their length distribution (in tokens), the
 * vocabulary, the most common words and how the vocabulary shrinks as rare words are cut.
 */
public record CaptionStats(
    int captions,
    double meanLength,
    int maxLength,
    Map<Integer, Integer> lengthHistogram,
    int vocabulary,
    List<WordCount> commonWords,
    Map<Integer, Integer> vocabularyAtMinCount) {

  /** A word and how often it occurs. */
  public record WordCount(String word, int count) {}

  /** The statistics of tokenised captions; {@code top} most common words are listed. */
  public static CaptionStats of(Collection<List<String>> tokenised, int top) {
    Map<Integer, Integer> histogram = new TreeMap<>();
    long total = 0;
    int max = 0;
    for (List<String> c : tokenised) {
      histogram.merge(c.size(), 1, Integer::sum);
      total += c.size();
      max = Math.max(max, c.size());
    }
    Map<String, Integer> counts = WordCounts.of(tokenised);
    List<WordCount> ranked = new ArrayList<>();
    counts.forEach((w, c) -> ranked.add(new WordCount(w, c)));
    ranked.sort(
        Comparator.comparingInt((WordCount w) -> -w.count()).thenComparing(WordCount::word));
    Map<Integer, Integer> atCount = new TreeMap<>();
    for (int min : new int[] {1, 2, 5, 10, 20, 50, 100}) {
      atCount.put(min, (int) counts.values().stream().filter(c -> c >= min).count());
    }
    return new CaptionStats(
        tokenised.size(),
        tokenised.isEmpty() ? 0 : (double) total / tokenised.size(),
        max,
        histogram,
        counts.size(),
        List.copyOf(ranked.subList(0, Math.min(top, ranked.size()))),
        atCount);
  }
}
