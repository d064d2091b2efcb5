package dev.learninglab.core.chart;

import dev.learninglab.core.image.PictureFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Writes charts as PNG files, atomically, headless or from a view. */
public final class ChartExport {
  private ChartExport() {}

  public static void png(Chart<?, ?> chart, Path file) throws IOException {
    AxisTicks.fit(chart);
    PictureFiles.writePng(BitmapEncoder.getBufferedImage(chart), file);
  }
}
