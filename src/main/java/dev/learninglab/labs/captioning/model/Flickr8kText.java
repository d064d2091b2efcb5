package dev.learninglab.labs.captioning.model;

import dev.learninglab.core.io.Quote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flickr8k's captions and its standard split (the catalogued {@code flickr8k-text} files): image
 * name → its captions in caption-number order. The one malformed id of the token file ({@code
 * 2258277193_586949ec62.jpg.1#0}) is filed under its image, as everyone using the file does.
 */
public final class Flickr8kText {

  public static final String DATASET_ID = "flickr8k-text";
  public static final String TOKENS = "Flickr8k.token.txt";

  private final Map<String, List<String>> captions;
  private final Map<Split, List<String>> splits;

  private Flickr8kText(Map<String, List<String>> captions, Map<Split, List<String>> splits) {
    this.captions = captions;
    this.splits = splits;
  }

  /** Split list file name as distributed. */
  public static String splitFile(Split split) {
    return switch (split) {
      case TRAIN -> "Flickr_8k.trainImages.txt";
      case DEV -> "Flickr_8k.devImages.txt";
      case TEST -> "Flickr_8k.testImages.txt";
    };
  }

  /** Captions per image in Flickr8k, numbered #0 to #4. */
  private static final int CAPTIONS = 5;

  /** Reads the token file and the three split lists from {@code dir}. */
  public static Flickr8kText read(Path dir) throws IOException {
    Map<String, String[]> numbered = new LinkedHashMap<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(dir.resolve(TOKENS), StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      int tab = line.indexOf('\t');
      int hash = line.lastIndexOf('#', tab);
      if (tab < 0 || hash < 0) {
        throw new IOException(
            TOKENS
                + " line "
                + lineNo
                + ": expected `image.jpg#n<TAB>caption`, got: "
                + Quote.of(line));
      }
      String image = line.substring(0, hash);
      if (image.endsWith(".jpg.1")) {
        image = image.substring(0, image.length() - 2);
      }
      String number = line.substring(hash + 1, tab).trim();
      if (!number.matches("[0-4]")) {
        throw new IOException(
            "%s line %d: caption number #%s is not 0 to 4 (Flickr8k has five captions an image)"
                .formatted(TOKENS, lineNo, Quote.excerpt(number)));
      }
      numbered.computeIfAbsent(image, k -> new String[CAPTIONS])[Integer.parseInt(number)] =
          line.substring(tab + 1);
    }
    Map<String, List<String>> captions = new LinkedHashMap<>();
    numbered.forEach(
        (image, caps) -> {
          List<String> list = new ArrayList<>();
          for (String c : caps) {
            if (c != null) {
              list.add(c);
            }
          }
          captions.put(image, List.copyOf(list));
        });
    Map<Split, List<String>> splits = new LinkedHashMap<>();
    for (Split s : Split.values()) {
      splits.put(
          s,
          Files.readAllLines(dir.resolve(splitFile(s))).stream()
              .map(String::strip)
              .filter(x -> !x.isEmpty())
              .toList());
    }
    return new Flickr8kText(captions, splits);
  }

  /** All images that have captions. */
  public Map<String, List<String>> captions() {
    return captions;
  }

  /** The image names of one split. */
  public List<String> images(Split split) {
    return splits.get(split);
  }

  /** The captions of one image (empty when it has none). */
  public List<String> captionsOf(String image) {
    return captions.getOrDefault(image, List.of());
  }

  /**
   * BLEU-1…4 of caption #0 of every image of {@code split} scored against its other captions: how
   * well one person's description matches four others', the ceiling a model is measured against.
   */
  public double[] humanAgreementBleu(Split split) {
    List<List<String>> hyps = new ArrayList<>();
    List<List<List<String>>> refs = new ArrayList<>();
    for (String image : images(split)) {
      List<String> caps = captionsOf(image);
      if (caps.size() < 2) {
        continue;
      }
      hyps.add(Tokenizer.tokens(caps.get(0)));
      refs.add(caps.subList(1, caps.size()).stream().map(Tokenizer::tokens).toList());
    }
    return Bleu.corpus(refs, hyps);
  }
}
