package dev.learninglab.labs.smell.model.gnn;

import java.util.Locale;

/**
 * The network's shape: which message function, width, depth, and how many labels it predicts.
 *
 * @param kind gcn (Kipf &amp; Welling) or edge (GIN-E: bond features in the messages)
 * @param hidden width of every atom state
 * @param layers message-passing rounds
 * @param tasks outputs (1 for fruity, 138 for GS-LF)
 */
public record GnnConfig(Kind kind, int hidden, int layers, int tasks) {
  /** The two message functions. */
  public enum Kind {
    GCN,
    EDGE;

    /** Parses gcn or edge. */
    public static Kind parse(String text) {
      for (Kind k : values()) {
        if (k.name().equalsIgnoreCase(text)) {
          return k;
        }
      }
      throw new IllegalArgumentException("model must be gcn or edge, got '" + text + "'");
    }

    public String cliName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public GnnConfig {
    if (hidden < 1 || layers < 1 || tasks < 1) {
      throw new IllegalArgumentException("hidden, layers and tasks must be ≥ 1");
    }
  }
}
