package dev.learninglab.labs.depth.model;

/** Order-book input (a REST snapshot or a stream event) that does not have Binance's format. */
public final class DepthFormatException extends IllegalArgumentException {
  public DepthFormatException(String message) {
    super(message);
  }

  public DepthFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
