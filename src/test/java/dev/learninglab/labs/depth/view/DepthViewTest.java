package dev.learninglab.labs.depth.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.labs.depth.io.BinanceEndpoints;
import dev.learninglab.labs.depth.io.ChartFrame;
import dev.learninglab.labs.depth.io.FakeBinance;
import dev.learninglab.labs.depth.model.DepthReadout;
import dev.learninglab.labs.depth.model.Side;
import dev.learninglab.testing.Mirror;
import java.awt.Point;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XChartPanel;

/** The lab's view on Xvfb: driven through its components, asserting on model state and labels. */
class DepthViewTest {
  private final TaskService tasks = new TaskService();
  private DepthView view;
  private JFrame frame;

  @BeforeEach
  void open() throws Exception {
    SwingUtilities.invokeAndWait(
        () -> {
          view = new DepthView(new LabContext(tasks, DatasetResolver.standard()));
          frame = new JFrame("depth test");
          frame.add(view);
          frame.setSize(1200, 800);
          frame.setVisible(true);
        });
    view.rendered().toCompletableFuture().get(120, java.util.concurrent.TimeUnit.SECONDS);
  }

  @AfterEach
  void close() throws Exception {
    tasks.close();
    SwingUtilities.invokeAndWait(frame::dispose);
  }

  private static <T> T onEdt(Supplier<T> s) throws Exception {
    AtomicReference<T> r = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> r.set(s.get()));
    return r.get();
  }

  private void awaitStatus(String fragment) throws Exception {
    long end = System.currentTimeMillis() + 20_000;
    while (!onEdt(() -> view.feedBar().status.getText()).contains(fragment)) {
      assertThat(System.currentTimeMillis()).as("status never said %s", fragment).isLessThan(end);
      Thread.sleep(50);
    }
  }

  @Test
  void opensOnTheSimulatedBookLabelledAsSuch() throws Exception {
    awaitStatus("simulated · synced");
    assertThat(onEdt(() -> view.feedBar().status.getText()))
        .contains("update id", "events applied", "resyncs 0");
  }

  @Test
  void pauseHoldsTheBookAndResumeContinues() throws Exception {
    awaitStatus("synced");
    SwingUtilities.invokeAndWait(() -> view.feedBar().pause.doClick());
    awaitStatus("paused");
    String held = onEdt(() -> view.feedBar().status.getText());
    Thread.sleep(400); // the simulated feed makes 10 events/s when running
    assertThat(onEdt(() -> view.feedBar().status.getText())).isEqualTo(held);
    assertThat(onEdt(() -> view.feedBar().pause.getText())).isEqualTo("Resume");
    SwingUtilities.invokeAndWait(() -> view.feedBar().pause.doClick());
    awaitStatus("synced");
    assertThat(onEdt(() -> view.feedBar().status.getText())).isNotEqualTo(held);
  }

  @Test
  void loadsTheRecordedSnapshotAndHoveringReadsTheCurve() throws Exception {
    Mirror.assumeDatasets("orderbook-ftmusdt");
    SwingUtilities.invokeAndWait(
        () -> {
          view.feedBar().source.setSelectedItem(FeedBar.Source.RECORDED);
          view.feedBar().speed.setSelectedIndex(FeedBar.SPEEDS.length - 1); // as fast as possible
          view.feedBar().start.doClick();
        });
    awaitStatus("ended");
    assertThat(onEdt(() -> view.feedBar().status.getText()))
        .contains("update id 800362088", "events applied 222", "resyncs 0");

    DepthChartPanel chart = view.chart();
    int w = onEdt(chart::getWidth);
    int h = onEdt(chart::getHeight);
    // three quarters across is above the mid: the ask curve, which holds something there at ±2 %
    SwingUtilities.invokeAndWait(
        () -> chart.hoverAt(new Point(ChartFrame.LEFT + (w - ChartFrame.LEFT) * 3 / 4, h / 2)));
    Optional<DepthReadout> r = onEdt(chart::readout);
    assertThat(r).isPresent();
    assertThat(r.get().side()).isEqualTo(Side.ASK);
    assertThat(r.get().cumulativeQuantity().signum()).isPositive();
    assertThat(r.get().percentFromMid().doubleValue()).isBetween(0.5, 2.0);
    assertThat(onEdt(() -> view.readoutLabel().getText()))
        .contains("price", "cum. quantity", "notional", "from mid");

    // a fill of 50,000 FTM and the ±1 % band
    SwingUtilities.invokeAndWait(
        () -> {
          view.chartBar().fill.setText("50000");
          view.chartBar().fill.postActionEvent();
          view.chartBar().bands[0].doClick();
        });
    assertThat(onEdt(() -> chart.settings().bandPercent())).isEqualTo(1.0);
    assertThat(onEdt(() -> chart.settings().fillQuantity()))
        .contains(new java.math.BigDecimal("50000"));
    Path png = Files.createTempFile("depth", ".png");
    SwingUtilities.invokeAndWait(
        () -> {
          try {
            chart.exportPng(png);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    assertThat(Files.size(png)).isGreaterThan(5_000);
  }

  @Test
  void tutorialStepsShowTheBandLevels() throws Exception {
    awaitStatus("synced");
    SwingUtilities.invokeAndWait(() -> view.tabs().setSelectedIndex(4)); // 4 Histogram
    assertThat(
            onEdt(
                () ->
                    ((java.awt.BorderLayout) view.tutorialPanel(3).getLayout())
                        .getLayoutComponent(java.awt.BorderLayout.CENTER)))
        .isInstanceOf(XChartPanel.class);
    SwingUtilities.invokeAndWait(() -> view.tabs().setSelectedIndex(1)); // 1 Table
    assertThat(onEdt(() -> view.tutorialNote(0)))
        .matches(
            "Levels within ±2 % of the mid: \\d+ bids, \\d+ asks \\(of \\d+ and \\d+ in the book\\)");
    assertThat(onEdt(() -> view.tutorialPanel(0).getComponentCount())).isEqualTo(2);
  }

  @Test
  void liveModeSynchronisesFromAFakeBinanceOnLoopback() throws Exception {
    String frame =
        "{\"e\":\"depthUpdate\",\"E\":1,\"s\":\"ETHUSDT\",\"U\":%d,\"u\":%d,\"b\":[[\"99\",\"%d\"]],\"a\":[]}";
    try (FakeBinance fake =
        new FakeBinance(
            List.of(
                String.format(frame, 1, 5, 1),
                String.format(frame, 6, 7, 2),
                String.format(frame, 8, 9, 3)))) {
      fake.replies.add(
          new FakeBinance.Reply(
              200,
              "{\"lastUpdateId\":5,\"bids\":[[\"99\",\"1\"]],\"asks\":[[\"101\",\"1\"]]}",
              null,
              0));
      SwingUtilities.invokeAndWait(
          () -> {
            view.launcher().setEndpoints(fake.endpoints());
            view.feedBar().source.setSelectedItem(FeedBar.Source.LIVE);
            view.feedBar().symbol.setText("ethusdt");
            view.feedBar().start.doClick();
          });
      awaitStatus("ended"); // the fake closes the socket after its frames
      assertThat(onEdt(() -> view.feedBar().status.getText()))
          .startsWith(
              "live ETHUSDT · ended · update id 9 · events applied 2 · ignored 1 · resyncs 0");
      assertThat(fake.requests).containsExactly("/api/v3/depth?symbol=ETHUSDT&limit=1000");
    }
  }

  @Test
  void liveModeWithoutAServerSaysSoInTheStatus() throws Exception {
    int port;
    try (java.net.ServerSocket s =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    java.net.URI dead = java.net.URI.create("http://127.0.0.1:" + port);
    SwingUtilities.invokeAndWait(
        () -> {
          view.launcher()
              .setEndpoints(
                  new BinanceEndpoints(dead, java.net.URI.create("ws://127.0.0.1:" + port)));
          view.feedBar().source.setSelectedItem(FeedBar.Source.LIVE);
          view.feedBar().start.doClick();
        });
    awaitStatus("failed");
    assertThat(onEdt(() -> view.feedBar().status.getText()))
        .contains("Cannot open the Binance stream", "are you offline?");
  }

  @Test
  void missingRecordingIsAFailedStatusNamingTheDataset(@org.junit.jupiter.api.io.TempDir Path cache)
      throws Exception {
    DepthView bare =
        onEdt(
            () ->
                new DepthView(
                    new LabContext(
                        tasks,
                        new DatasetResolver(
                            dev.learninglab.core.data.DatasetCatalog.bundled(),
                            cache,
                            List.of(),
                            true))));
    SwingUtilities.invokeAndWait(
        () -> {
          bare.feedBar().source.setSelectedItem(FeedBar.Source.RECORDED);
          bare.feedBar().start.doClick();
        });
    long end = System.currentTimeMillis() + 20_000;
    while (!onEdt(() -> bare.feedBar().status.getText()).contains("failed")) {
      assertThat(System.currentTimeMillis()).isLessThan(end);
      Thread.sleep(50);
    }
    assertThat(onEdt(() -> bare.feedBar().status.getText()))
        .contains("Dataset `orderbook-ftmusdt`", "is not available");
    assertThat(onEdt(() -> bare.feedBar().status.getToolTipText()))
        .contains("LEARNING_LAB_DATA_MIRROR");
  }

  @Test
  void quoteValueToggleChangesTheAxis() throws Exception {
    awaitStatus("synced");
    SwingUtilities.invokeAndWait(() -> view.chartBar().quote.doClick());
    assertThat(onEdt(() -> view.chart().settings().quoteValue())).isTrue();
  }

  @Test
  void badInputsAreReportedNotThrown() throws Exception {
    SwingUtilities.invokeAndWait(
        () -> {
          view.chartBar().fill.setText("lots");
          view.chartBar().fill.postActionEvent();
        });
    assertThat(onEdt(() -> view.chartBar().message.getText()))
        .isEqualTo("Fill quantity \"lots\" is not a positive number");
    SwingUtilities.invokeAndWait(
        () -> {
          view.feedBar().source.setSelectedItem(FeedBar.Source.LIVE);
          view.feedBar().symbol.setText("ETH/USDT");
          view.feedBar().start.doClick();
        });
    assertThat(onEdt(() -> view.feedBar().message.getText())).contains("is not a Binance symbol");
  }
}
