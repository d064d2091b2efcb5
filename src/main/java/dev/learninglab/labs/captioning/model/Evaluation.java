package dev.learninglab.labs.captioning.model;

import static dev.learninglab.labs.captioning.model.CaptioningTexts.T;

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
    boolean collapsed,
    String collapseReason) {

  /**
   * Why a captioner counts as collapsed — it no longer describes the picture — or null: one caption
   * for at least a third of the images (the tutorial's v1), fewer distinct captions than one per
   * twenty images, or (when the truth is known) fewer than 5 % of its captions true, which is what
   * strings of frequent words without any object ("a small a small") give.
   */
  public static String collapseReason(
      int distinct, int images, double mostCommonShare, String mostCommon, double semantic) {
    if (mostCommonShare >= 1.0 / 3) {
      return T.get("captioning.collapse.same", mostCommonShare, mostCommon);
    }
    if (distinct < Math.max(2, images / 20.0)) {
      return T.get("captioning.collapse.few", distinct, images);
    }
    if (!Double.isNaN(semantic) && semantic < 0.05) {
      return T.get("captioning.collapse.untrue", semantic, mostCommon);
    }
    return null;
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
    double semantic = scenes == null ? Double.NaN : (double) correct / n;
    String reason = collapseReason(counts.size(), n, share, top.getKey(), semantic);
    return new Evaluation(
        model,
        split,
        Bleu.corpus(refs, hyps),
        semantic,
        counts.size(),
        (double) ended / n,
        n,
        top.getKey(),
        share,
        (double) length / n,
        words.size(),
        reason != null,
        reason);
  }
}
