package dev.learninglab.labs.captioning.model;

import dev.learninglab.core.task.Progress;
import java.util.ArrayList;
import java.util.List;

/**
 * Captions a list of pictures with one model and scores them ({@link Evaluation}); semantic
 * accuracy only when every picture is a shapes scene whose truth is known (NaN for photos).
 */
public final class Evaluator {

  private Evaluator() {}

  /** Greedy in batches when {@code beam} is 1 or the model is not v3, else beam per picture. */
  public static Evaluation evaluate(
      Captioner captioner,
      String modelName,
      List<? extends CaptionedImage> examples,
      Split split,
      int beam,
      Progress progress) {
    List<Caption> captions = new ArrayList<>();
    boolean batched = beam <= 1 || !captioner.kind().autoregressive();
    for (int from = 0; from < examples.size(); from += 64) {
      progress.checkCancelled();
      List<? extends CaptionedImage> part =
          examples.subList(from, Math.min(examples.size(), from + 64));
      List<float[]> pixels = part.stream().map(CaptionedImage::pixels).toList();
      if (batched) {
        captions.addAll(captioner.captionAll(pixels));
      } else {
        pixels.forEach(p -> captions.add(captioner.caption(p, beam)));
      }
      progress.report(captions.size(), examples.size(), "captioned " + captions.size());
    }
    List<Scene> scenes =
        examples.stream().allMatch(e -> e instanceof ShapesExample)
            ? examples.stream().map(e -> ((ShapesExample) e).scene()).toList()
            : null;
    return Evaluation.of(modelName, split.label(), examples, captions, scenes);
  }
}
