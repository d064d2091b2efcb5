package dev.learninglab.labs.smell.model.graph;

/** A SMILES that cannot be read, with a message naming it and what is wrong. */
public final class InvalidSmilesException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidSmilesException(String message) {
    super(message);
  }
}
