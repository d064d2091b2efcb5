package dev.learninglab.labs.forecast.io;

import dev.learninglab.core.data.Sha256;
import dev.learninglab.labs.forecast.model.Series;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads matplotlib's {@code goog.npz}: one NumPy structured array {@code price_data} whose records
 * are a day ({@code <M8[D]}, days since 1970-01-01) followed by little-endian 8-byte fields. Only
 * that layout is accepted; anything else is refused with one line, since the file is bundled and a
 * different one means a damaged install.
 */
public final class PriceNpz {
  private static final String ARRAY = "price_data.npy";
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final Pattern FIELD =
      Pattern.compile("\\('(\\w+)',\\s*'([<|]\\w\\d(?:\\[D\\])?)'\\)");
  private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\((\\d+),\\)");

  private PriceNpz() {}

  /** The series of {@code field} (for example "close") with the record dates. */
  public static Series read(Path file, String id, String field, int window) throws IOException {
    byte[] npy = entry(file);
    ByteBuffer buffer = ByteBuffer.wrap(npy).order(ByteOrder.LITTLE_ENDIAN);
    String header = header(buffer, file);
    List<String> fields = fields(header, file);
    int at = fields.indexOf(field);
    if (at < 0) {
      throw new IOException("%s has no field %s (fields: %s)".formatted(file, field, fields));
    }
    Matcher shape = SHAPE.matcher(header);
    if (!shape.find() || header.contains("'fortran_order': True")) {
      throw new IOException(file + " is not a one-dimensional C-order NumPy array");
    }
    int rows = Integer.parseInt(shape.group(1));
    int recordBytes = 8 * fields.size();
    if (buffer.remaining() != (long) rows * recordBytes) {
      throw new IOException(
          "%s holds %d bytes of records, not the %d its header promises"
              .formatted(file, buffer.remaining(), (long) rows * recordBytes));
    }
    List<LocalDate> dates = new ArrayList<>(rows);
    double[] values = new double[rows];
    int start = buffer.position();
    for (int r = 0; r < rows; r++) {
      int record = start + r * recordBytes;
      dates.add(LocalDate.ofEpochDay(buffer.getLong(record)));
      values[r] = buffer.getDouble(record + 8 * at);
    }
    try {
      return Series.checked(
          id, file + " field " + field, Sha256.of(file), dates, values, 1, window);
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static byte[] entry(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry entry = zip.getEntry(ARRAY);
      if (entry == null) {
        throw new IOException(file + " has no " + ARRAY);
      }
      try (InputStream in = zip.getInputStream(entry)) {
        return in.readNBytes((int) Math.min(entry.getSize(), SeriesCsv.MAX_BYTES));
      }
    }
  }

  private static String header(ByteBuffer buffer, Path file) throws IOException {
    for (byte b : MAGIC) {
      if (buffer.remaining() == 0 || buffer.get() != b) {
        throw new IOException(file + " is not a NumPy file");
      }
    }
    int major = buffer.get();
    buffer.get();
    int length = major == 1 ? Short.toUnsignedInt(buffer.getShort()) : buffer.getInt();
    if (length < 0 || length > buffer.remaining()) {
      throw new IOException(file + " has a damaged NumPy header");
    }
    byte[] text = new byte[length];
    buffer.get(text);
    return new String(text, StandardCharsets.ISO_8859_1);
  }

  /** The field names, after checking the first is a day and every other an 8-byte number. */
  private static List<String> fields(String header, Path file) throws IOException {
    List<String> names = new ArrayList<>();
    Matcher m = FIELD.matcher(header);
    while (m.find()) {
      String type = m.group(2);
      boolean ok = names.isEmpty() ? type.equals("<M8[D]") : type.matches("<[fi]8");
      if (!ok) {
        throw new IOException(
            "%s field %s has type %s; expected a day then 8-byte numbers"
                .formatted(file, m.group(1), type));
      }
      names.add(m.group(1));
    }
    if (names.isEmpty()) {
      throw new IOException(file + " is not a structured array of dated records");
    }
    return names;
  }
}
