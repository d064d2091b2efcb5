package dev.learninglab.labs.iin.model.iin;

import dev.learninglab.labs.iin.model.ae.StageOneCard;
import dev.learninglab.labs.iin.model.flow.FlowShape;
import java.util.List;
import java.util.Map;

/**
 * The lab's part of a trained IIN's card. The folder holds three networks: the autoencoder and the
 * digit oracle of stage 1 (copied, so the folder stands alone) and the flow T.
 */
public record IinCard(
    String kind,
    String dataset,
    StageOneCard stageOne,
    FlowShape flow,
    List<String> factors,
    int[] sizes,
    Map<String, Double> correlationScores,
    double rho,
    int epochs,
    double finalLoss) {
  public static final String KIND = "iin";
  public static final String NAME = "iin";

  public FactorLayout layout() {
    return new FactorLayout(factors, sizes);
  }
}
