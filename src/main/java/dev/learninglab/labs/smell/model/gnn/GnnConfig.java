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
  /** The widest and deepest networks the lab builds: far past what the data can use. */
  public static final int MAX_HIDDEN = 4096;

  public static final int MAX_LAYERS = 32;

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
    if (hidden < 1 || hidden > MAX_HIDDEN || layers < 1 || layers > MAX_LAYERS || tasks < 1) {
      // a tampered model card must not reach PyTorch's allocator with a width of 2,000,000,000
      throw new IllegalArgumentException(
          "a smell network is 1 to %d wide and 1 to %d layers deep with at least one output; got %d wide, %d layers, %d outputs"
              .formatted(MAX_HIDDEN, MAX_LAYERS, hidden, layers, tasks));
    }
  }
}
