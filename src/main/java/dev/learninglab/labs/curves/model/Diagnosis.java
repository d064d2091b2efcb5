package dev.learninglab.labs.curves.model;

import java.util.List;

/**
 * What the curves say about the model, and why, with the measures the rules looked at.
 *
 * @param explanation the reasons, worded in the language of the moment when read
 * @param finalTrainLoss training log-loss at the largest size
 * @param finalValidationLoss validation log-loss at the largest size
 * @param chanceLoss log-loss of always predicting the class frequencies
 * @param validationDrop relative fall of the validation loss over the last three sizes
 */
public record Diagnosis(
    Verdict verdict,
    List<Sentence> explanation,
    double finalTrainLoss,
    double finalValidationLoss,
    double chanceLoss,
    double validationDrop) {

  /** The reasons in the current language. */
  public List<String> reasons() {
    return explanation.stream().map(Sentence::text).toList();
  }
}
