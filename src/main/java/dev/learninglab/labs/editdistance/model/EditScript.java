package dev.learninglab.labs.editdistance.model;

import java.util.List;

/**
 * The edits that turn a source string into a target string, in order from the first character on. A
 * valid script's costs add up to the distance, and {@link #applyTo} on the source gives the target.
 */
public record EditScript(List<EditStep> steps) {

  public EditScript {
    steps = List.copyOf(steps);
  }

  /** The sum of the steps' costs. */
  public long totalCost() {
    return steps.stream().mapToLong(EditStep::cost).sum();
  }

  /**
   * Replays the script on {@code source}.
   *
   * @throws IllegalArgumentException when a step does not fit the source (wrong character or
   *     position), so that a wrong script cannot pass silently
   */
  public String applyTo(String source) {
    int[] src = CodePoints.of(source);
    StringBuilder out = new StringBuilder();
    int read = 0;
    for (EditStep s : steps) {
      if (s.sourceIndex() != read) {
        throw new IllegalArgumentException(
            "Step " + s + " is at source position " + s.sourceIndex() + ", expected " + read);
      }
      switch (s.op()) {
        case KEEP, SUBSTITUTE, DELETE -> {
          if (read >= src.length || !CodePoints.text(src[read]).equals(s.from())) {
            throw new IllegalArgumentException("Step " + s + " does not match the source");
          }
          if (s.op() == Op.KEEP) {
            out.appendCodePoint(src[read]);
          } else if (s.op() == Op.SUBSTITUTE) {
            out.append(s.to());
          }
          read++;
        }
        case INSERT -> out.append(s.to());
      }
    }
    if (read != src.length) {
      throw new IllegalArgumentException(
          "The script reads " + read + " of " + src.length + " source characters");
    }
    return out.toString();
  }
}
