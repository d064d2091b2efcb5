package dev.learninglab.labs.forecast.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.learninglab.labs.forecast.model.Series;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled goog.npz reads as NumPy reads it, and a damaged array is refused in one line. */
class PriceNpzTest {
  private static final String GOOD_DESCR =
      "[('date', '<M8[D]'), ('open', '<f8'), ('close', '<f8')]";

  @TempDir Path dir;

  @Test
  void readsMatplotlibsGoogCloses() throws IOException {
    // numpy: price_data[0] = ('2004-08-19', 100., 104.06, 95.96, 100.34, 22351900, 100.34)
    Series s = PriceNpz.read(Path.of("data/stocks/goog.npz"), "goog", "close", 50);
    assertThat(s.size()).isEqualTo(1047);
    assertThat(s.dates().get(0)).isEqualTo(LocalDate.of(2004, 8, 19));
    assertThat(s.value(0)).isEqualTo(100.34);
    assertThat(s.value(1)).isEqualTo(108.31);
    assertThat(s.dates().get(1046)).isEqualTo(LocalDate.of(2008, 10, 14));
  }

  @Test
  void readsAnyEightByteFieldOfAWellFormedArray() throws IOException {
    Path file = npz(GOOD_DESCR, 3, 3);
    Series s = PriceNpz.read(file, "x", "open", 1);
    assertThat(s.values()).containsExactly(1.0, 2.0, 3.0);
    assertThat(s.dates().get(2)).isEqualTo(LocalDate.ofEpochDay(2));
  }

  @Test
  void refusesAnUnknownField() throws IOException {
    Path file = npz(GOOD_DESCR, 3, 3);
    assertThatThrownBy(() -> PriceNpz.read(file, "x", "volume", 1))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("has no field volume");
  }

  @Test
  void refusesRecordsShorterThanTheHeaderPromises() throws IOException {
    Path file = npz(GOOD_DESCR, 5, 3);
    assertThatThrownBy(() -> PriceNpz.read(file, "x", "close", 1))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not the 120 its header promises");
  }

  @Test
  void refusesAFieldOfAnotherType() throws IOException {
    Path file = npz("[('date', '<M8[D]'), ('close', '<f4')]", 3, 3);
    assertThatThrownBy(() -> PriceNpz.read(file, "x", "close", 1))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("field close has type <f4");
  }

  @Test
  void refusesAZipWithoutThePriceArray() throws IOException {
    Path file = dir.resolve("other.npz");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("other.npy"));
    }
    assertThatThrownBy(() -> PriceNpz.read(file, "x", "close", 1))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("has no price_data.npy");
  }

  /**
   * An npz whose header says {@code promised} rows of {@code descr} but which holds {@code written}
   * records of (day i, i + 1, i + 1, ...).
   */
  private Path npz(String descr, int promised, int written) throws IOException {
    String header =
        "{'descr': %s, 'fortran_order': False, 'shape': (%d,), }\n".formatted(descr, promised);
    int fields = descr.split("\\),").length;
    ByteBuffer body = ByteBuffer.allocate(written * fields * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (int r = 0; r < written; r++) {
      body.putLong(r);
      for (int f = 1; f < fields; f++) {
        body.putDouble(r + 1.0);
      }
    }
    ByteBuffer head = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
    head.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
    head.putShort((short) header.length());
    Path file = dir.resolve("prices.npz");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("price_data.npy"));
      OutputStream out = zip;
      out.write(head.array());
      out.write(header.getBytes(StandardCharsets.ISO_8859_1));
      out.write(body.array());
    }
    return file;
  }
}
