package dev.learninglab.labs.pipeline.view;

import dev.learninglab.labs.pipeline.model.graph.GraphBox;
import dev.learninglab.labs.pipeline.model.run.NodeStatus;
import java.awt.Color;

/** The palette of the graph: one colour per node status, calmer ones for datasets. */
final class BoxColors {
  private BoxColors() {}

  static Color fill(GraphBox.Kind kind, NodeStatus status) {
    if (kind == GraphBox.Kind.DATASET) {
      return new Color(226, 232, 240);
    }
    if (kind == GraphBox.Kind.PARAMETER) {
      return new Color(255, 243, 205);
    }
    if (kind == GraphBox.Kind.NAMESPACE) {
      return new Color(216, 204, 240);
    }
    if (status == null) {
      return new Color(200, 220, 255);
    }
    return switch (status) {
      case PENDING -> new Color(220, 220, 225);
      case RUNNING -> new Color(255, 214, 102);
      case DONE -> new Color(140, 212, 150);
      case SKIPPED -> new Color(200, 200, 200);
      case CACHED -> new Color(150, 200, 230);
      case FAILED -> new Color(240, 120, 120);
    };
  }

  static Color dimmed(Color c) {
    return new Color(
        (c.getRed() + 2 * 245) / 3, (c.getGreen() + 2 * 245) / 3, (c.getBlue() + 2 * 245) / 3);
  }
}
