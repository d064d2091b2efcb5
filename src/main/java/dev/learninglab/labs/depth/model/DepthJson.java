package dev.learninglab.labs.depth.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.learninglab.core.io.Quote;
import dev.learninglab.core.io.TextInput;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads Binance's depth formats: the REST {@code /api/v3/depth} snapshot ({@code lastUpdateId},
 * {@code bids}, {@code asks} as lists of {@code ["price","qty"]} strings) and {@code depthUpdate}
 * stream events, bare or inside the combined-stream envelope {@code {"stream":..,"data":{..}}}.
 * Every error names what is wrong and where.
 */
public final class DepthJson {
  // floats as BigDecimal so a plain-number price keeps its exact digits
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /** Larger snapshot or recording files are refused before they fill the memory. */
  public static final long MAX_FILE_BYTES = 256L << 20;

  /**
   * Decimals from outside are refused beyond this many digits or this power of ten: {@code
   * 1e10000000} is a valid decimal whose exact arithmetic would never finish.
   */
  public static final int MAX_DIGITS = 60;

  private DepthJson() {}

  /**
   * {@code value} when it has at most {@link #MAX_DIGITS} significant digits and a magnitude
   * between 10^-60 and 10^60 (prices and quantities are far inside); else a clear refusal naming
   * {@code what}.
   */
  public static BigDecimal bounded(BigDecimal value, String what) {
    BigDecimal v = value.stripTrailingZeros();
    long exponent = (long) v.precision() - v.scale() - 1;
    if (v.signum() != 0 && (v.precision() > MAX_DIGITS || Math.abs(exponent) > MAX_DIGITS)) {
      throw new DepthFormatException(
          what + " is out of range (at most " + MAX_DIGITS + " digits and 10^±" + MAX_DIGITS + ")");
    }
    return value;
  }

  /** Reads a snapshot file; {@code where} in messages is the file name. */
  public static BookSnapshot readSnapshot(Path file) {
    return parseSnapshot(read(file), file.getFileName().toString());
  }

  /**
   * Parses a REST depth response. Zero-quantity levels are dropped (they hold nothing); the sides
   * are sorted best first whatever order the text had.
   */
  public static BookSnapshot parseSnapshot(String json, String where) {
    JsonNode root = tree(json, where);
    if (!root.isObject()) {
      throw new DepthFormatException(
          where + ": expected a JSON object with lastUpdateId, bids, asks");
    }
    JsonNode id = root.get("lastUpdateId");
    if (id == null || !id.canConvertToLong() || !id.isIntegralNumber()) {
      throw new DepthFormatException(where + ": `lastUpdateId` is missing or not an integer");
    }
    List<Level> bids = levels(root, "bids", where);
    List<Level> asks = levels(root, "asks", where);
    bids.sort(Comparator.comparing(Level::price).reversed());
    asks.sort(Comparator.comparing(Level::price));
    return new BookSnapshot(id.asLong(), nonZero(bids), nonZero(asks));
  }

  /** Reads a JSON-lines recording of depthUpdate events; blank lines are skipped. */
  public static List<DepthUpdate> readUpdates(Path file) {
    String name = file.getFileName().toString();
    List<DepthUpdate> out = new ArrayList<>();
    String[] lines = read(file).split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        out.add(parseUpdate(lines[i], name + " line " + (i + 1)));
      }
    }
    return out;
  }

  /** Parses one depthUpdate event, bare or wrapped in the combined-stream envelope. */
  public static DepthUpdate parseUpdate(String json, String where) {
    JsonNode node = tree(json, where);
    if (node.has("data") && node.get("data").isObject()) {
      node = node.get("data");
    }
    if (!"depthUpdate".equals(node.path("e").asText())) {
      throw new DepthFormatException(
          where
              + ": not a depthUpdate event (field `e` is "
              + Quote.excerpt(node.path("e").toString())
              + ")");
    }
    return new DepthUpdate(
        longField(node, "E", where),
        node.path("s").asText(""),
        longField(node, "U", where),
        longField(node, "u", where),
        levels(node, "b", where),
        levels(node, "a", where));
  }

  private static long longField(JsonNode node, String name, String where) {
    JsonNode v = node.get(name);
    if (v == null || !v.isIntegralNumber()) {
      throw new DepthFormatException(where + ": field `" + name + "` is missing or not an integer");
    }
    return v.asLong();
  }

  private static List<Level> levels(JsonNode root, String field, String where) {
    JsonNode side = root.get(field);
    if (side == null || !side.isArray()) {
      throw new DepthFormatException(where + ": `" + field + "` is missing or not a list");
    }
    List<Level> out = new ArrayList<>(side.size());
    for (int i = 0; i < side.size(); i++) {
      JsonNode pair = side.get(i);
      String at = where + ": " + field + "[" + i + "]";
      if (!pair.isArray() || pair.size() < 2) {
        throw new DepthFormatException(
            at + " is " + Quote.excerpt(pair.toString()) + ", expected [\"price\", \"quantity\"]");
      }
      BigDecimal price = decimal(pair.get(0), at + " price");
      BigDecimal qty = decimal(pair.get(1), at + " quantity");
      if (price.signum() <= 0) {
        throw new DepthFormatException(at + " price " + price.toPlainString() + " is not positive");
      }
      if (qty.signum() < 0) {
        throw new DepthFormatException(at + " quantity " + qty.toPlainString() + " is negative");
      }
      out.add(new Level(price, qty));
    }
    return out;
  }

  private static BigDecimal decimal(JsonNode v, String what) {
    // Binance sends strings; plain JSON numbers are accepted too
    if (!v.isTextual() && !v.isNumber()) {
      throw new DepthFormatException(
          what + " is " + Quote.excerpt(v.toString()) + ", expected a decimal string");
    }
    BigDecimal d;
    try {
      d = v.isTextual() ? new BigDecimal(v.asText().trim()) : v.decimalValue();
    } catch (NumberFormatException e) {
      throw new DepthFormatException(
          what + " is " + Quote.of(v.asText()) + ", not a decimal number");
    }
    return bounded(d, what + " " + Quote.of(v.asText()));
  }

  private static List<Level> nonZero(List<Level> levels) {
    return levels.stream().filter(l -> l.quantity().signum() > 0).toList();
  }

  private static JsonNode tree(String json, String where) {
    if (json == null || json.isBlank()) {
      throw new DepthFormatException(where + ": empty input, expected JSON");
    }
    try {
      return MAPPER.readTree(json);
    } catch (StreamConstraintsException e) {
      // too deep, too long a number or string: Jackson's limits, which carry no location
      throw new DepthFormatException(
          where + ": not a depth file (" + Quote.excerpt(firstLine(e.getOriginalMessage())) + ")",
          e);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new DepthFormatException(
          where
              + ": not valid JSON ("
              + Quote.excerpt(firstLine(e.getOriginalMessage()))
              + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
              + ")",
          e);
    }
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  private static String read(Path file) {
    try {
      return TextInput.read(file, MAX_FILE_BYTES);
    } catch (IOException e) {
      throw new DepthFormatException(e.getMessage(), e);
    }
  }
}
