package dev.learninglab.core.data;

/** A dataset could not be found or verified; the message says what was tried and what to do. */
public final class DatasetUnavailableException extends RuntimeException {
  public DatasetUnavailableException(String message) {
    super(message);
  }

  public DatasetUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
