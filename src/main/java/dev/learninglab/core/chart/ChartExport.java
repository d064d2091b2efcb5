package dev.learninglab.core.chart;

import dev.learninglab.core.io.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Writes charts and images as PNG files, atomically, headless or from a view. */
public final class ChartExport {
  private ChartExport() {}

  public static void png(Chart<?, ?> chart, Path file) throws IOException {
    AxisTicks.fit(chart);
    png(BitmapEncoder.getBufferedImage(chart), file);
  }

  public static void png(BufferedImage image, Path file) throws IOException {
    AtomicFiles.write(file, out -> ImageIO.write(image, "png", out));
  }
}
