package dev.learninglab.labs.smell.model.graph;

/** A SMILES that cannot be read, with a message naming it and what is wrong. */
public final class InvalidSmilesException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int position;

  public InvalidSmilesException(String message) {
    this(message, -1);
  }

  /** With the 0-based character where reading failed, or -1 when the problem has no one place. */
  public InvalidSmilesException(String message, int position) {
    super(message);
    this.position = position;
  }

  /** 0-based character where the SMILES stops making sense, or -1. */
  public int position() {
    return position;
  }
}
