package dev.learninglab.labs.gauntlet.probe;

import ai.djl.ndarray.NDArray;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.learninglab.core.lab.LayoutException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Turns a learner's result into plain JSON <em>inside the JShell VM</em>, so the app compares
 * values without ever loading the learner's classes.
 *
 * <p>The checker evaluates {@code Probe.json(top5)} after the learner's code and reads the string
 * back. Tables become their columns (name, type, values; a missing cell is {@code null}), DJL
 * arrays and OpenCV images ({@code Mat}) their shape, data type and values in row-major order (an
 * image's shape is NumPy's as cv2 gives it: rows, columns, channels), XChart charts their type,
 * series names, render styles and data, other values their number, text, boolean or list form.
 * Non-ASCII characters are escaped so the string survives JShell's quoting unchanged.
 */
@LayoutException(
    "runs inside the learner's JShell VM, loaded there by name with nothing else of the app")
public final class Probe {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static {
    MAPPER.getFactory().configure(JsonGenerator.Feature.ESCAPE_NON_ASCII, true);
  }

  private Probe() {}

  /**
   * JShell hands a value back as one modified-UTF-8 string of at most 21844 characters, so answers
   * travel gzip-compressed, base64-encoded and, when still longer, in chunks of this size.
   */
  static final int CHUNK = 20_000;

  private static String pending = "";

  /** The JSON form of {@code value}. */
  public static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(describe(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot describe " + value.getClass().getName(), e);
    }
  }

  /**
   * Describes several values in one call (one JShell evaluation instead of one per value): a JSON
   * array holding, per value, {@code {"value": <description>, "png": <base64 or "">}}, compressed.
   * Returns {@code "<chunks>:<fingerprint of data>:"} followed by the first chunk; {@link #chunk}
   * gives the others. When {@code answerFile} can be written, the whole answer goes there instead
   * and the chunk count is 0: every further chunk costs the checker a compiled JShell evaluation
   * (about 0.2 s on a loaded machine), which made a photo's 26 chunks take 5 s.
   */
  public static String all(boolean pictures, Object[] values, Object[] data, String answerFile)
      throws IOException {
    List<Object> out = new ArrayList<>();
    for (Object v : values) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("value", describe(v));
      item.put("png", pictures ? png(v) : "");
      out.add(item);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
      zip.write(MAPPER.writeValueAsBytes(out));
    }
    pending = Base64.getEncoder().encodeToString(bytes.toByteArray());
    String print = fingerprint(data);
    try {
      java.nio.file.Files.writeString(java.nio.file.Path.of(answerFile), pending);
      return "0:" + print + ":";
    } catch (IOException | RuntimeException e) {
      // the learner's code may have put something in the way: the chunks still work
    }
    int chunks = Math.max(1, (pending.length() + CHUNK - 1) / CHUNK);
    return chunks + ":" + print + ":" + chunk(0);
  }

  /** A SHA-256 of the values' descriptions: tells the checker whether the pack's data changed. */
  public static String fingerprint(Object[] data) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Object d : data) {
        sha.update(json(d).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /**
   * Closes the data values that hold native memory (a DJL {@code NDManager} and its arrays) before
   * the data is loaded again; a manager's description counts its arrays, so a run that made arrays
   * marks the data changed, and without this every run would leave its arrays behind.
   */
  public static String release(Object[] data) {
    for (Object d : data) {
      if (d instanceof AutoCloseable c) {
        try {
          c.close();
        } catch (Exception e) {
          // already closed, or closed by the learner: nothing is left to free
        }
      }
    }
    return "";
  }

  /** Chunk {@code index} (from 0) of the last {@link #all} answer. */
  public static String chunk(int index) {
    int from = Math.min(pending.length(), index * CHUNK);
    return pending.substring(from, Math.min(pending.length(), from + CHUNK));
  }

  /**
   * A PNG of a chart at the size it was built with, or of an 8-bit OpenCV image, base64-encoded, so
   * the lab can show the learner's picture; the empty string for anything else.
   */
  public static String png(Object value) throws IOException {
    if (value instanceof Mat m) {
      return picture(m);
    }
    if (!(value instanceof Chart<?, ?> c)) {
      return "";
    }
    return Base64.getEncoder()
        .encodeToString(BitmapEncoder.getBitmapBytes(c, BitmapEncoder.BitmapFormat.PNG));
  }

  private static String picture(Mat m) {
    if (m.empty() || m.depth() != CvType.CV_8U || m.dims() != 2) {
      return "";
    }
    MatOfByte png = new MatOfByte();
    return Imgcodecs.imencode(".png", m, png)
        ? Base64.getEncoder().encodeToString(png.toArray())
        : "";
  }

  static Map<String, Object> describe(Object value) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (value == null) {
      out.put("kind", "null");
    } else if (value instanceof NDArray a) {
      out.put("kind", "array");
      out.put("shape", a.getShape().getShape());
      out.put("dtype", a.getDataType().toString());
      out.put("values", a.toArray());
    } else if (value instanceof Mat m) {
      out.put("kind", "array");
      out.put(
          "shape",
          m.channels() == 1
              ? new int[] {m.rows(), m.cols()}
              : new int[] {m.rows(), m.cols(), m.channels()});
      out.put("dtype", DEPTHS.getOrDefault(m.depth(), "cv depth " + m.depth()));
      out.put("values", pixels(m));
    } else if (value instanceof Table t) {
      out.put("kind", "table");
      out.put("rows", t.rowCount());
      List<Object> columns = new ArrayList<>();
      for (Column<?> c : t.columns()) {
        columns.add(column(c));
      }
      out.put("columns", columns);
    } else if (value instanceof Column<?> c) {
      out.put("kind", "column");
      out.putAll(column(c));
    } else if (value instanceof CategoryChart chart) {
      out.put("kind", "chart");
      out.put("type", "CategoryChart");
      out.put("series", categorySeries(chart));
    } else if (value instanceof XYChart chart) {
      out.put("kind", "chart");
      out.put("type", "XYChart");
      out.put("series", xySeries(chart));
    } else if (value instanceof Chart<?, ?>) {
      out.put("kind", "chart");
      out.put("type", value.getClass().getSimpleName());
      out.put("series", List.of());
    } else if (value instanceof Number n) {
      out.put("kind", "number");
      boolean whole =
          n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte;
      out.put("value", whole ? (Object) n.longValue() : (Object) n.doubleValue());
      out.put("class", value.getClass().getSimpleName());
    } else if (value instanceof Boolean b) {
      out.put("kind", "boolean");
      out.put("value", b);
    } else if (value instanceof CharSequence || value instanceof Character) {
      out.put("kind", "text");
      out.put("value", value.toString());
    } else if (value instanceof Collection<?> items) {
      out.put("kind", "list");
      out.put("items", items.stream().map(Probe::describe).toList());
    } else if (value.getClass().isArray()) {
      out.put("kind", "list");
      out.put("items", arrayItems(value));
    } else {
      out.put("kind", "object");
      out.put("class", value.getClass().getName());
      out.put("value", String.valueOf(value));
    }
    return out;
  }

  /** OpenCV's element depths by NumPy's names for them, as cv2 hands images to Python. */
  private static final Map<Integer, String> DEPTHS =
      Map.of(
          CvType.CV_8U, "uint8",
          CvType.CV_8S, "int8",
          CvType.CV_16U, "uint16",
          CvType.CV_16S, "int16",
          CvType.CV_32S, "int32",
          CvType.CV_32F, "float32",
          CvType.CV_64F, "float64");

  /** Every element of a 2-D image, row by row, channels interleaved (as cv2's NumPy array). */
  private static Object pixels(Mat image) {
    if (image.empty() || image.dims() != 2) {
      return new int[0];
    }
    Mat m = image.isContinuous() ? image : image.clone();
    int n = Math.toIntExact(m.total() * m.channels());
    switch (m.depth()) {
      case CvType.CV_8U, CvType.CV_8S -> {
        byte[] b = new byte[n];
        m.get(0, 0, b);
        return widened(n, i -> b[i], m.depth() == CvType.CV_8U ? 0xFF : -1);
      }
      case CvType.CV_16U, CvType.CV_16S -> {
        short[] s = new short[n];
        m.get(0, 0, s);
        return widened(n, i -> s[i], m.depth() == CvType.CV_16U ? 0xFFFF : -1);
      }
      case CvType.CV_32S -> {
        int[] out = new int[n];
        m.get(0, 0, out);
        return out;
      }
      case CvType.CV_32F -> {
        float[] out = new float[n];
        m.get(0, 0, out);
        return out;
      }
      default -> {
        double[] out = new double[n];
        m.get(0, 0, out);
        return out;
      }
    }
  }

  /** Java's signed bytes and shorts as ints; {@code mask} keeps the unsigned depths' bits. */
  private static int[] widened(int n, java.util.function.IntUnaryOperator element, int mask) {
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = element.applyAsInt(i) & mask;
    }
    return out;
  }

  private static List<Object> arrayItems(Object array) {
    List<Object> items = new ArrayList<>();
    int n = java.lang.reflect.Array.getLength(array);
    for (int i = 0; i < n; i++) {
      items.add(describe(java.lang.reflect.Array.get(array, i)));
    }
    return items;
  }

  private static Map<String, Object> column(Column<?> c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", c.name());
    out.put("type", c.type().name());
    List<Object> values = new ArrayList<>(c.size());
    for (int i = 0; i < c.size(); i++) {
      values.add(c.isMissing(i) ? null : plain(c.get(i)));
    }
    out.put("values", values);
    return out;
  }

  /** Numbers and booleans stay JSON numbers and booleans; dates and the like become text. */
  private static Object plain(Object cell) {
    return cell instanceof Number || cell instanceof Boolean || cell instanceof String
        ? cell
        : String.valueOf(cell);
  }

  private static List<Object> categorySeries(CategoryChart chart) {
    List<Object> all = new ArrayList<>();
    for (CategorySeries s : chart.getSeriesMap().values()) {
      CategorySeries.CategorySeriesRenderStyle style = s.getChartCategorySeriesRenderStyle();
      if (style == null) {
        style = chart.getStyler().getDefaultSeriesRenderStyle();
      }
      all.add(
          series(
              s.getName(),
              String.valueOf(style),
              s.getXData().stream().map(Probe::plain).toList(),
              s.getYData().stream().map(Probe::plain).toList()));
    }
    return all;
  }

  private static List<Object> xySeries(XYChart chart) {
    List<Object> all = new ArrayList<>();
    for (XYSeries s : chart.getSeriesMap().values()) {
      XYSeries.XYSeriesRenderStyle style = s.getXYSeriesRenderStyle();
      if (style == null) {
        style = chart.getStyler().getDefaultSeriesRenderStyle();
      }
      all.add(series(s.getName(), String.valueOf(style), boxed(s.getXData()), boxed(s.getYData())));
    }
    return all;
  }

  private static Map<String, Object> series(String name, String style, List<?> x, List<?> y) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", name);
    out.put("style", style);
    out.put("x", x);
    out.put("y", y);
    return out;
  }

  private static List<Object> boxed(double[] values) {
    List<Object> out = new ArrayList<>(values.length);
    for (double v : values) {
      out.add(v);
    }
    return out;
  }
}
