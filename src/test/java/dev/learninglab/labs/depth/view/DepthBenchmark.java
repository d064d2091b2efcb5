package dev.learninglab.labs.depth.view;

import dev.learninglab.core.io.Json;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.depth.io.ChartSettings;
import dev.learninglab.labs.depth.io.DepthChartPainter;
import dev.learninglab.labs.depth.io.DepthSeries;
import dev.learninglab.labs.depth.io.FeedStatus;
import dev.learninglab.labs.depth.io.Feeds;
import dev.learninglab.labs.depth.io.SyncFeed;
import dev.learninglab.labs.depth.model.BookSnapshot;
import dev.learninglab.labs.depth.model.DepthReport;
import dev.learninglab.labs.depth.model.Level;
import dev.learninglab.labs.depth.model.SimulatedMarket;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * Not a unit test: the depth lab's performance figures, run by scripts/bench/bench-depth.sh.
 *
 * <ol>
 *   <li>redraw: a simulated book with 5,000 levels per side, all inside the ±5 % band, prepared
 *       (curves) and painted at 1280×720, timed over 200 runs after warm-up;
 *   <li>stream: the same book fed 100 events/s for 10 s through the lab's pipeline (SyncFeed →
 *       latest status → 10 Hz Swing timer → chart panel on screen, rendered in the background),
 *       timing the event thread's share (show + paint) and the background render, while a probe
 *       measures how late the event thread runs a posted task.
 * </ol>
 *
 * Writes bench-results/depth-java.json and the book as bench-results/depth-book5000.json for the
 * matplotlib reference (scripts/bench/bench-depth-matplotlib.py).
 */
public final class DepthBenchmark {
  private DepthBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "bench-results");
    Files.createDirectories(out);
    SimulatedMarket market =
        new SimulatedMarket(1L, new BigDecimal("100.000"), new BigDecimal("0.001"), 5000);
    BookSnapshot book = market.snapshot();
    Files.writeString(out.resolve("depth-book5000.json"), bookJson(book));
    ChartSettings settings = new ChartSettings(5, false, Optional.of(new BigDecimal("500")));

    Map<String, Object> result = new LinkedHashMap<>();
    result.put("levelsPerSide", List.of(book.bids().size(), book.asks().size()));
    result.put("redrawMillis", redraw(book, settings));
    result.put("stream", stream(market, settings));
    Files.writeString(out.resolve("depth-java.json"), Json.write(result));
    System.out.println(Json.write(result));
    System.exit(0);
  }

  /** Total (prepare + paint) per redraw, and the two parts apart. */
  private static Map<String, Object> redraw(BookSnapshot book, ChartSettings settings) {
    BufferedImage img = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
    DepthChartPainter painter =
        new DepthChartPainter(java.awt.Color.WHITE, java.awt.Color.DARK_GRAY);
    int n = 200;
    double[] total = new double[n];
    double[] prepare = new double[n];
    double[] paint = new double[n];
    for (int i = -50; i < n; i++) {
      long t0 = System.nanoTime();
      DepthSeries series = new DepthSeries(book);
      long t1 = System.nanoTime();
      Graphics2D g = img.createGraphics();
      painter.paint(g, 1280, 720, series, settings, "bench");
      painter.paintCrosshair(g, 1280, 720, series, settings, new java.awt.Point(900, 300));
      g.dispose();
      long t2 = System.nanoTime();
      if (i >= 0) {
        total[i] = (t2 - t0) / 1e6;
        prepare[i] = (t1 - t0) / 1e6;
        paint[i] = (t2 - t1) / 1e6;
      }
    }
    Map<String, Object> m = stats(total);
    m.put("prepare", stats(prepare));
    m.put("paint", stats(paint));
    return m;
  }

  private static Map<String, Object> stream(SimulatedMarket market, ChartSettings settings)
      throws Exception {
    AtomicReference<FeedStatus> latest = new AtomicReference<>();
    DepthChartPanel panel = new DepthChartPanel();
    List<Double> paints = new ArrayList<>();
    List<Double> renders = new ArrayList<>();
    List<Double> edtLag = new ArrayList<>();
    FeedStatus[] shown = new FeedStatus[1];
    SwingUtilities.invokeAndWait(
        () -> {
          JFrame f = new JFrame("bench");
          f.add(panel);
          f.setSize(1280, 720);
          f.setVisible(true);
          panel.setSettings(settings);
          new Timer(
                  DepthView.REPAINT_MS,
                  e -> {
                    FeedStatus s = latest.get();
                    if (s != null && s != shown[0] && s.book().isPresent()) {
                      shown[0] = s;
                      long t0 = System.nanoTime();
                      panel.show(s.book().get(), "bench");
                      panel.paintImmediately(0, 0, panel.getWidth(), panel.getHeight());
                      paints.add((System.nanoTime() - t0) / 1e6);
                      renders.add(panel.lastRenderMillis());
                    }
                  })
              .start();
        });
    // speed 10: the simulator's 100 ms spacing becomes 10 ms, i.e. 100 events/s
    SyncFeed feed = Feeds.simulated(market, 10, latest::set);
    Thread probe =
        new Thread(
            () -> {
              try {
                while (!Thread.currentThread().isInterrupted()) {
                  long posted = System.nanoTime();
                  SwingUtilities.invokeAndWait(
                      () -> edtLag.add((System.nanoTime() - posted) / 1e6));
                  Thread.sleep(20);
                }
              } catch (InterruptedException | java.lang.reflect.InvocationTargetException e) {
                Thread.currentThread().interrupt();
              }
            });
    Thread runner =
        new Thread(
            () -> {
              try {
                feed.run(
                    new Progress() {
                      @Override
                      public void report(long done, long total, String message) {}

                      @Override
                      public boolean isCancelled() {
                        return Thread.currentThread().isInterrupted();
                      }
                    });
              } catch (Exception e) {
                // interrupted at the end of the measurement
              }
            });
    long start = System.nanoTime();
    runner.start();
    probe.start();
    Thread.sleep(10_000);
    FeedStatus end = latest.get();
    double seconds = (System.nanoTime() - start) / 1e9;
    runner.interrupt();
    probe.interrupt();
    probe.join();
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("seconds", seconds);
    r.put("eventsApplied", end.eventsApplied());
    r.put("eventsPerSecond", end.eventsApplied() / seconds);
    r.put("resyncs", end.resyncs());
    r.put("repaints", paints.size());
    r.put(
        "edtShowAndPaintMillis", stats(paints.stream().mapToDouble(Double::doubleValue).toArray()));
    r.put(
        "backgroundRenderMillis",
        stats(renders.stream().mapToDouble(Double::doubleValue).toArray()));
    r.put("edtLagMillis", stats(edtLag.stream().mapToDouble(Double::doubleValue).toArray()));
    return r;
  }

  private static Map<String, Object> stats(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("n", s.length);
    m.put("median", round(s[s.length / 2]));
    m.put("p95", round(s[(int) Math.min(s.length - 1, Math.floor(s.length * 0.95))]));
    m.put("max", round(s[s.length - 1]));
    return m;
  }

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }

  private static String bookJson(BookSnapshot book) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lastUpdateId", book.lastUpdateId());
    m.put("bids", pairs(book.bids()));
    m.put("asks", pairs(book.asks()));
    return Json.write(m);
  }

  private static List<List<String>> pairs(List<Level> levels) {
    return levels.stream()
        .map(l -> List.of(DepthReport.text(l.price()), DepthReport.text(l.quantity())))
        .toList();
  }
}
