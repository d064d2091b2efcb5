package dev.learninglab.labs.captioning.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The tutorial's text cleaning, used everywhere BLEU is computed: lowercase, split on whitespace,
 * keep only tokens made entirely of letters (so "." and "2" disappear and "t-shirt" too, as in the
 * tutorial). Python's {@code [w for w in s.lower().split() if w.isalpha()]} gives the same tokens.
 */
public final class Tokenizer {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

  private Tokenizer() {}

  /** The caption's tokens. */
  public static List<String> tokens(String caption) {
    List<String> out = new ArrayList<>();
    for (String word : WHITESPACE.split(caption.toLowerCase(Locale.ROOT).strip())) {
      if (!word.isEmpty() && LETTERS.matcher(word).matches()) {
        out.add(word);
      }
    }
    return out;
  }
}
