package dev.learninglab.labs.captioning.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a captioner does on a split: corpus BLEU-1…4 against the five references, semantic accuracy
 * (share of captions true of their scene; NaN without scenes, as for Flickr8k), distinct captions,
 * {@code <end>} rate, mean length, words used, and the collapse check: the most common caption and
 * the share of images given it.
 */
public record Evaluation(
    String model,
    String split,
    double[] bleu,
    double semanticAccuracy,
    int distinctCaptions,
    double endRate,
    int images,
    String mostCommonCaption,
    double mostCommonShare,
    double meanLength,
    int vocabularyUsed,
    boolean collapsed) {

  /**
   * A captioner has collapsed when one caption is given to at least a third of the images, or fewer
   * than one in twenty images gets a caption of its own: it no longer looks at the picture.
   */
  public static boolean isCollapse(int distinct, int images, double mostCommonShare) {
    return mostCommonShare >= 1.0 / 3 || distinct < Math.max(2, images / 20.0);
  }

  /** Scores {@code captions} of {@code images}; {@code scenes} may be null (no truth known). */
  public static Evaluation of(
      String model,
      String split,
      List<? extends CaptionedImage> images,
      List<Caption> captions,
      List<Scene> scenes) {
    List<List<String>> hyps = new ArrayList<>();
    List<List<List<String>>> refs = new ArrayList<>();
    Map<String, Integer> counts = new HashMap<>();
    java.util.Set<String> words = new java.util.HashSet<>();
    int ended = 0;
    int correct = 0;
    long length = 0;
    for (int i = 0; i < images.size(); i++) {
      Caption c = captions.get(i);
      hyps.add(c.tokens());
      refs.add(images.get(i).captions().stream().map(Tokenizer::tokens).toList());
      counts.merge(c.text(), 1, Integer::sum);
      words.addAll(c.tokens());
      ended += c.ended() ? 1 : 0;
      length += c.tokens().size();
      if (scenes != null && SemanticChecker.isTrue(c.tokens(), scenes.get(i))) {
        correct++;
      }
    }
    Map.Entry<String, Integer> top =
        counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
    int n = images.size();
    double share = (double) top.getValue() / n;
    return new Evaluation(
        model,
        split,
        Bleu.corpus(refs, hyps),
        scenes == null ? Double.NaN : (double) correct / n,
        counts.size(),
        (double) ended / n,
        n,
        top.getKey(),
        share,
        (double) length / n,
        words.size(),
        isCollapse(counts.size(), n, share));
  }
}
