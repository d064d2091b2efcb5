package dev.learninglab.labs.gauntlet.model;

import static dev.learninglab.labs.gauntlet.model.GauntletTexts.T;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares the learner's value for one {@link Check} with the reference value, both as the probe's
 * JSON, and says what differs: "`top5` row 2, column `hwy`: expected 37, got 35".
 */
public final class ResultDiff {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ResultDiff() {}

  /** Empty when the values match; otherwise one message for the learner. */
  public static Optional<String> diff(Check check, String expectedJson, String actualJson) {
    return diff(check.expression(), parse(expectedJson), parse(actualJson), check.ordered());
  }

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("The probe's answer is not JSON: " + json, e);
    }
  }

  private static Optional<String> diff(String name, JsonNode want, JsonNode got, boolean ordered) {
    String wantKind = want.path("kind").asText();
    String gotKind = got.path("kind").asText();
    if (!wantKind.equals(gotKind)) {
      return Optional.of(T.get("gauntlet.diff.kind", name, describeKind(got), describeKind(want)));
    }
    return switch (wantKind) {
      case "table" -> TableDiff.diff(name, want, got, ordered);
      case "chart" -> ChartDiff.diff(name, want, got, ordered);
      case "array" -> ArrayDiff.diff(name, want, got);
      case "list" -> listDiff(name, want.path("items"), got.path("items"), ordered);
      case "column" -> listDiff(name, wrapValues(want), wrapValues(got), ordered);
      default -> valueDiff(name, want.path("value"), got.path("value"));
    };
  }

  private static Optional<String> valueDiff(String name, JsonNode want, JsonNode got) {
    return Cells.equal(want, got)
        ? Optional.empty()
        : Optional.of(T.get("gauntlet.diff.value", name, Cells.show(want), Cells.show(got)));
  }

  private static Optional<String> listDiff(
      String name, JsonNode want, JsonNode got, boolean ordered) {
    if (want.size() != got.size()) {
      return Optional.of(T.get("gauntlet.diff.items", name, got.size(), want.size()));
    }
    List<JsonNode> w = values(want);
    List<JsonNode> g = values(got);
    if (!ordered) {
      w.sort(Cells.ORDER);
      g.sort(Cells.ORDER);
    }
    for (int i = 0; i < w.size(); i++) {
      if (!Cells.equal(w.get(i), g.get(i))) {
        String want1 = Cells.show(w.get(i));
        String got1 = Cells.show(g.get(i));
        return Optional.of(
            ordered
                ? T.get("gauntlet.diff.item", name, i + 1, want1, got1)
                : T.get("gauntlet.diff.itemSorted", name, i + 1, want1, got1));
      }
    }
    return Optional.empty();
  }

  /** List items are probe descriptions; their "value" is what is compared. */
  private static List<JsonNode> values(JsonNode items) {
    List<JsonNode> out = new ArrayList<>();
    items.forEach(i -> out.add(i.has("kind") ? i.path("value") : i));
    return out;
  }

  private static JsonNode wrapValues(JsonNode column) {
    return column.path("values");
  }

  private static String describeKind(JsonNode v) {
    String kind = v.path("kind").asText();
    return switch (kind) {
      case "object" -> T.get("gauntlet.diff.kind.object", v.path("class").asText());
      case "chart" -> T.get("gauntlet.diff.kind.a", v.path("type").asText());
      case "null" -> "null";
      case "number" -> T.get("gauntlet.diff.kind.number");
      default -> T.get("gauntlet.diff.kind.a", kind);
    };
  }
}
