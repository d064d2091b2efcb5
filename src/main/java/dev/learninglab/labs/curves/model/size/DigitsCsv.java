package dev.learninglab.labs.curves.model.size;

import dev.learninglab.core.data.ImageSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads scikit-learn's digits ({@code digits.csv.gz}): one 8×8 image per line, 64 grey levels 0–16
 * then the digit. Pixels are scaled to 0–1.
 */
public final class DigitsCsv {
  private DigitsCsv() {}

  public static ImageSet read(Path file) throws IOException {
    List<float[]> images = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.US_ASCII))) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",");
        if (cells.length != 65) {
          throw new IOException(
              file
                  + " line "
                  + lineNo
                  + ": expected 65 values (64 pixels and the digit), got "
                  + cells.length);
        }
        float[] px = new float[64];
        try {
          for (int i = 0; i < 64; i++) {
            px[i] = Float.parseFloat(cells[i]) / 16f;
          }
          labels.add((int) Double.parseDouble(cells[64]));
        } catch (NumberFormatException e) {
          throw new IOException(file + " line " + lineNo + ": " + e.getMessage());
        }
        images.add(px);
      }
    }
    float[] all = new float[images.size() * 64];
    for (int i = 0; i < images.size(); i++) {
      System.arraycopy(images.get(i), 0, all, i * 64, 64);
    }
    return new ImageSet(
        images.size(), 8, 8, all, labels.stream().mapToInt(Integer::intValue).toArray(), 10);
  }
}
