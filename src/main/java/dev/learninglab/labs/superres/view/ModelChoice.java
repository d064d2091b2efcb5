package dev.learninglab.labs.superres.view;

import static dev.learninglab.labs.superres.model.SuperresTexts.T;

import dev.learninglab.labs.superres.model.ShippedModel;
import dev.learninglab.labs.superres.model.TrainedModel;

/** An entry of Compare's model list: a shipped model (any scale) or a trained one (its scale). */
record ModelChoice(ShippedModel shipped, TrainedModel trained) {

  static ModelChoice of(ShippedModel shipped) {
    return new ModelChoice(shipped, null);
  }

  static ModelChoice of(TrainedModel trained) {
    return new ModelChoice(null, trained);
  }

  /** What the panes' captions say the network is. */
  String source() {
    return trained == null ? T.get("superres.source.shipped", shipped.label()) : trained.label();
  }

  @Override
  public String toString() {
    return trained == null ? shipped.label() : trained.label();
  }
}
