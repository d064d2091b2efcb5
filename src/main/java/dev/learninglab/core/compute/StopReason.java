package dev.learninglab.core.compute;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Why a training run ended, as a checkpoint card and {@code --json} output record it. */
public enum StopReason {
  /** Still training, or killed before it could say why. */
  RUNNING("running"),
  /** Every epoch ran. */
  COMPLETED("completed"),
  /** The time budget ran out. */
  TIME_BUDGET("time budget"),
  /** The validation score stopped improving for the early-stopping patience. */
  EARLY_STOP("early stop"),
  /** The learner pressed Cancel. */
  CANCELLED("cancelled"),
  /** A loss or a weight stopped being a finite number. */
  DIVERGED("diverged");

  private final String id;

  StopReason(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }

  /** The reason named {@code id}; null when there is none of that name. */
  @JsonCreator
  public static StopReason parse(String id) {
    for (StopReason r : values()) {
      if (r.id.equals(id)) {
        return r;
      }
    }
    return null;
  }
}
