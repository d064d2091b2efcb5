package dev.learninglab.labs.depth.io;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** Binance answered 429 (too many requests) or 418 (IP banned for ignoring 429s). */
public final class RateLimitedException extends IOException {
  private final int status;
  private final Optional<Duration> retryAfter;

  public RateLimitedException(int status, Optional<Duration> retryAfter, String where) {
    super(
        where
            + " answered HTTP "
            + status
            + (status == 418 ? " (IP temporarily banned)" : " (rate limited)")
            + retryAfter.map(d -> "; retry after " + d.toSeconds() + " s").orElse(""));
    this.status = status;
    this.retryAfter = retryAfter;
  }

  public int status() {
    return status;
  }

  /** The server's Retry-After, if it sent one. */
  public Optional<Duration> retryAfter() {
    return retryAfter;
  }
}
