package dev.learninglab.labs.captioning.model;

import dev.learninglab.core.task.Progress;
import java.util.ArrayList;
import java.util.List;

/** Captions a list of shapes examples with one model and scores them ({@link Evaluation}). */
public final class Evaluator {

  private Evaluator() {}

  /** Greedy in batches when {@code beam} is 1 or the model is not v3, else beam per picture. */
  public static Evaluation evaluate(
      Captioner captioner,
      String modelName,
      List<ShapesExample> examples,
      Split split,
      int beam,
      Progress progress) {
    List<Caption> captions = new ArrayList<>();
    boolean batched = beam <= 1 || !captioner.kind().autoregressive();
    for (int from = 0; from < examples.size(); from += 64) {
      progress.checkCancelled();
      List<ShapesExample> part = examples.subList(from, Math.min(examples.size(), from + 64));
      List<float[]> pixels = part.stream().map(ShapesExample::pixels).toList();
      if (batched) {
        captions.addAll(captioner.captionAll(pixels));
      } else {
        pixels.forEach(p -> captions.add(captioner.caption(p, beam)));
      }
      progress.report(captions.size(), examples.size(), "captioned " + captions.size());
    }
    return Evaluation.of(
        modelName,
        split.label(),
        examples,
        captions,
        examples.stream().map(ShapesExample::scene).toList());
  }
}
