package dev.learninglab.labs.editdistance.model;

import static dev.learninglab.labs.editdistance.model.EditDistanceTexts.T;

/**
 * The price of each edit: insert a character, delete one, substitute one for another. Keeping a
 * character is always free.
 *
 * <p>Costs are whole numbers from 0 to {@value #MAX}: whole so that ties are exact (the tie-break
 * rule of the backtrace depends on equal costs being equal), bounded so that a distance over
 * ten-megabyte strings still fits a {@code long}.
 *
 * <pre>{@code
 * Costs tutorial = Costs.TUTORIAL;               // insert 1, delete 1, substitute 2
 * Costs parsed = Costs.parse("1", "1", "1");     // plain Levenshtein
 * }</pre>
 */
public record Costs(int insert, int delete, int substitute) {
  /** The largest cost accepted. */
  public static final int MAX = 1_000_000;

  /** The tutorial's costs: insert 1, delete 1, substitute 2. */
  public static final Costs TUTORIAL = new Costs(1, 1, 2);

  public Costs {
    check("insert", insert);
    check("delete", delete);
    check("substitute", substitute);
  }

  private static void check(String name, long value) {
    if (value < 0 || value > MAX) {
      throw new IllegalArgumentException(
          T.get("editdistance.cost.invalid", costName(name), MAX, String.valueOf(value)));
    }
  }

  /** The cost's name for a person, in the current language. */
  private static String costName(String name) {
    return switch (name) {
      case "insert" -> T.get("editdistance.cost.insert");
      case "delete" -> T.get("editdistance.cost.delete");
      default -> T.get("editdistance.cost.substitute");
    };
  }

  /**
   * Reads costs typed by a person (a text field, a command-line option). A null or blank text means
   * the tutorial's default for that cost.
   */
  public static Costs parse(String insert, String delete, String substitute) {
    return new Costs(
        parseOne("insert", insert, TUTORIAL.insert),
        parseOne("delete", delete, TUTORIAL.delete),
        parseOne("substitute", substitute, TUTORIAL.substitute));
  }

  private static int parseOne(String name, String text, int fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    String t = text.strip();
    long value;
    try {
      value = Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          T.get("editdistance.cost.invalid", costName(name), MAX, "`" + t + "`"));
    }
    check(name, value);
    return (int) value;
  }

  /**
   * True when substituting never beats deleting then inserting; then the distance depends only on
   * the longest common subsequence, and the bit-parallel fast path applies.
   */
  public boolean substitutionNeverHelps() {
    return (long) substitute >= (long) insert + delete;
  }
}
