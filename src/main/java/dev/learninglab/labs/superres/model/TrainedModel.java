package dev.learninglab.labs.superres.model;

import static dev.learninglab.labs.superres.model.SuperresTexts.T;

import dev.learninglab.core.compute.CheckpointCard;
import dev.learninglab.core.compute.CheckpointFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A network the learner trained, as the Compare tab lists it: its checkpoint folder, scale,
 * validation PSNR and the date it was saved.
 *
 * @param psnr validation PSNR in dB, NaN when the card does not say
 * @param created the ISO-8601 instant of the card, empty when unknown
 */
public record TrainedModel(int scale, Path folder, double psnr, String created) {

  /** "Trained ×3 · 28.41 dB · 2026-12-07". */
  public String label() {
    String day = created.length() >= 10 ? created.substring(0, 10) : "";
    if (Double.isNaN(psnr)) {
      return day.isEmpty()
          ? T.get("superres.trained.label", scale)
          : T.get("superres.trained.labelDay", scale, day);
    }
    return day.isEmpty()
        ? T.get("superres.trained.labelPsnr", scale, psnr)
        : T.get("superres.trained.labelPsnrDay", scale, psnr, day);
  }

  /**
   * The checkpoints training left in {@code dir}, one per scale ({@code fsrcnn-x2/} …), in scale
   * order; a folder without a readable FSRCNN card is left out.
   */
  public static List<TrainedModel> in(Path dir) {
    List<TrainedModel> found = new ArrayList<>();
    for (int scale = 2; scale <= 4; scale++) {
      Path folder = dir.resolve(ModelLibrary.checkpointName(scale));
      CheckpointFolder checkpoint = CheckpointFolder.at(folder, ModelLibrary.checkpointName(scale));
      try {
        if (checkpoint.exists()) {
          CheckpointCard card = checkpoint.card(ModelCard.LAB);
          if (ModelLibrary.card(checkpoint, card).scale() == scale) {
            found.add(
                new TrainedModel(
                    scale,
                    folder,
                    card.score() == null ? Double.NaN : card.score(),
                    card.created()));
          }
        }
      } catch (IOException e) {
        // not a model this lab can open: Compare does not offer it
      }
    }
    return found;
  }
}
