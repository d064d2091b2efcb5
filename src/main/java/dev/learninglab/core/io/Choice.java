package dev.learninglab.core.io;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The one of a fixed set of choices (an enum's values, say) that a learner named by its id, or a
 * one-line refusal that lists the ids there are, so the message never falls behind the set.
 */
public final class Choice {
  private Choice() {}

  /** The value whose {@code id} is {@code wanted}; {@code what} names the kind in the refusal. */
  public static <T> T byId(T[] values, Function<T, String> id, String wanted, String what) {
    return Arrays.stream(values)
        .filter(v -> id.apply(v).equals(wanted))
        .findFirst()
        .orElseThrow(
            () -> {
              List<String> ids = Arrays.stream(values).map(id).toList();
              return new IllegalArgumentException(
                  "Unknown %s %s (choose one of: %s)"
                      .formatted(what, Quote.of(wanted), String.join(", ", ids)));
            });
  }
}
