package dev.learninglab.labs.gauntlet.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;

/**
 * Equality, order and display of single JSON values from the probe: numbers are equal within 1e-9
 * (relative to their size when that is above 1), so a mean summed in another order still passes.
 */
final class Cells {
  static final double TOLERANCE = 1e-9;

  /** Orders nulls first, then numbers by value, then everything else by its text. */
  static final Comparator<JsonNode> ORDER = Cells::compare;

  private Cells() {}

  static boolean equal(JsonNode expected, JsonNode actual) {
    if (isNull(expected) || isNull(actual)) {
      return isNull(expected) && isNull(actual);
    }
    if (expected.isIntegralNumber() && actual.isIntegralNumber()) {
      return expected.bigIntegerValue().equals(actual.bigIntegerValue());
    }
    if (expected.isNumber() && actual.isNumber()) {
      double e = expected.doubleValue();
      double a = actual.doubleValue();
      return e == a || Math.abs(e - a) <= TOLERANCE * Math.max(1, Math.abs(e));
    }
    return expected.equals(actual);
  }

  static int compare(JsonNode a, JsonNode b) {
    if (isNull(a) || isNull(b)) {
      return Boolean.compare(!isNull(a), !isNull(b));
    }
    if (a.isNumber() && b.isNumber()) {
      return Double.compare(a.doubleValue(), b.doubleValue());
    }
    return a.asText().compareTo(b.asText());
  }

  /** How a value reads in a message: text quoted, whole numbers without ".0". */
  static String show(JsonNode v) {
    if (isNull(v)) {
      return "(missing)";
    }
    if (v.isIntegralNumber()) {
      return v.asText();
    }
    if (v.isNumber()) {
      double d = v.doubleValue();
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
    if (v.isTextual()) {
      return "\"" + v.asText() + "\"";
    }
    return v.toString();
  }

  private static boolean isNull(JsonNode v) {
    return v == null || v.isNull() || v.isMissingNode();
  }
}
