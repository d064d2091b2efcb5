package dev.learninglab.labs.gauntlet.model;

import static dev.learninglab.labs.gauntlet.model.GauntletTexts.T;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares two DJL arrays as the probe describes them: shape, then data type, then each element in
 * row-major order, naming the first element that differs by its index ("`product` at [2, 7]:
 * expected 36, got 0"). Single-precision values match within 1e-5 relative, since summing in
 * another order moves their last bits; everything else as {@link Cells} compares.
 */
final class ArrayDiff {
  static final double FLOAT32_TOLERANCE = 1e-5;

  private ArrayDiff() {}

  static Optional<String> diff(String name, JsonNode expected, JsonNode actual) {
    String wantShape = shape(expected.path("shape"));
    String gotShape = shape(actual.path("shape"));
    if (!wantShape.equals(gotShape)) {
      return Optional.of(T.get("gauntlet.diff.shape", name, gotShape, wantShape));
    }
    String wantType = expected.path("dtype").asText();
    String gotType = actual.path("dtype").asText();
    if (!wantType.equals(gotType)) {
      return Optional.of(T.get("gauntlet.diff.dtype", name, gotType, wantType));
    }
    JsonNode want = expected.path("values");
    JsonNode got = actual.path("values");
    boolean single = wantType.equals("float32") || wantType.equals("float16");
    for (int i = 0; i < want.size(); i++) {
      if (!(single
          ? closeAsFloat(want.get(i), got.get(i))
          : Cells.equal(want.get(i), got.get(i)))) {
        return Optional.of(
            T.get(
                "gauntlet.diff.element",
                name,
                index(i, expected.path("shape")),
                Cells.show(want.get(i)),
                Cells.show(got.get(i))));
      }
    }
    return Optional.empty();
  }

  private static boolean closeAsFloat(JsonNode want, JsonNode got) {
    if (got == null || !got.isNumber()) {
      return false;
    }
    double e = want.doubleValue();
    double a = got.doubleValue();
    return e == a || Math.abs(e - a) <= FLOAT32_TOLERANCE * Math.max(1, Math.abs(e));
  }

  /** A shape as NumPy prints it: {@code (10, 10)}, {@code (100,)}. */
  static String shape(JsonNode dims) {
    List<String> out = new ArrayList<>();
    dims.forEach(d -> out.add(d.asText()));
    return out.size() == 1 ? "(" + out.get(0) + ",)" : "(" + String.join(", ", out) + ")";
  }

  /** The row-major position {@code flat} as an index such as {@code [2, 7]}. */
  static String index(int flat, JsonNode shape) {
    List<Long> out = new ArrayList<>();
    int rest = flat;
    for (int d = shape.size() - 1; d >= 0; d--) {
      long size = Math.max(1, shape.get(d).asLong());
      out.add(0, rest % size);
      rest /= size;
    }
    return out.toString();
  }
}
