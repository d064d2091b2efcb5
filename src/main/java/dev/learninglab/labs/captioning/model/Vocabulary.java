package dev.learninglab.labs.captioning.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word ↔ index for the decoders. Index 0 is padding, 1 {@code <start>}, 2 {@code <end>}, 3 {@code
 * <unk>} (the tutorial mapped unknown words to 0, the padding; a separate index lets the loss
 * ignore padding without ignoring rare words). Words are ranked by frequency, ties alphabetically,
 * and cut at {@code maxWords} as the tutorial's 10k-word tokenizer does.
 */
public final class Vocabulary {

  public static final int PAD = 0;
  public static final int START = 1;
  public static final int END = 2;
  public static final int UNKNOWN = 3;
  private static final List<String> SPECIAL = List.of("<pad>", "<start>", "<end>", "<unk>");

  private final List<String> words;
  private final Map<String, Integer> index = new HashMap<>();

  /** A vocabulary with exactly these words, specials first (as saved beside a model). */
  public Vocabulary(List<String> words) {
    if (words.size() < SPECIAL.size() || !words.subList(0, 4).equals(SPECIAL)) {
      throw new IllegalArgumentException("a vocabulary must start with " + SPECIAL);
    }
    this.words = List.copyOf(words);
    for (int i = 0; i < words.size(); i++) {
      index.put(words.get(i), i);
    }
  }

  /** The {@code maxWords} most frequent words of the tokenised captions. */
  public static Vocabulary build(Collection<List<String>> captions, int maxWords) {
    Map<String, Integer> counts = WordCounts.of(captions);
    List<String> ranked = new ArrayList<>(counts.keySet());
    ranked.sort(
        Comparator.comparing((String w) -> -counts.get(w))
            .thenComparing(Comparator.naturalOrder()));
    List<String> all = new ArrayList<>(SPECIAL);
    all.addAll(ranked.subList(0, Math.min(maxWords, ranked.size())));
    return new Vocabulary(all);
  }

  /** Words including the four specials. */
  public int size() {
    return words.size();
  }

  public List<String> words() {
    return words;
  }

  public int indexOf(String word) {
    return index.getOrDefault(word, UNKNOWN);
  }

  public String word(int i) {
    return words.get(i);
  }

  /** {@code <start>} tokens {@code <end>}, padded with 0 or cut to {@code length}. */
  public int[] encode(List<String> tokens, int length) {
    int[] out = new int[length];
    out[0] = START;
    int i = 1;
    for (String t : tokens) {
      if (i >= length - 1) {
        break;
      }
      out[i++] = indexOf(t);
    }
    out[i] = END;
    return out;
  }

  /** The words of indices up to (not including) {@code <end>}, skipping specials. */
  public List<String> decode(int[] ids) {
    List<String> out = new ArrayList<>();
    for (int id : ids) {
      if (id == END) {
        break;
      }
      if (id > UNKNOWN) {
        out.add(words.get(id));
      }
    }
    return out;
  }
}
