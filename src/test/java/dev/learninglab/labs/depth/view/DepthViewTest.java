package dev.learninglab.labs.depth.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import dev.learninglab.core.chart.ChartStyle;
import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.labs.depth.io.BinanceEndpoints;
import dev.learninglab.labs.depth.io.ChartFrame;
import dev.learninglab.labs.depth.io.FakeBinance;
import dev.learninglab.labs.depth.model.DepthReadout;
import dev.learninglab.labs.depth.model.Side;
import dev.learninglab.testing.Edt;
import dev.learninglab.testing.Mirror;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.swing.JFrame;
import javax.swing.LookAndFeel;
import javax.swing.UIManager;
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
    Edt.run(
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
    Edt.run(frame::dispose);
  }

  private void awaitStatus(String fragment) throws Exception {
    awaitStatus(view, fragment);
  }

  private static void awaitStatus(DepthView view, String fragment) throws Exception {
    Edt.await(
        "the status to say " + fragment, () -> view.feedBar().status.getText().contains(fragment));
  }

  @Test
  void opensOnTheSimulatedBookLabelledAsSuch() throws Exception {
    awaitStatus("simulated · synced");
    assertThat(Edt.call(() -> view.feedBar().status.getText()))
        .contains("update id", "events applied", "resyncs 0");
  }

  @Test
  void pauseHoldsTheBookAndResumeContinues() throws Exception {
    awaitStatus("synced");
    Edt.run(() -> view.feedBar().pause.doClick());
    awaitStatus("paused");
    String held = Edt.call(() -> view.feedBar().status.getText());
    // the feed said "paused" from inside its wait: it publishes nothing more until resumed, so
    // picking up its newest status again must show the same book
    Edt.run(view::pickUp);
    assertThat(Edt.call(() -> view.feedBar().status.getText())).isEqualTo(held);
    assertThat(Edt.call(() -> view.feedBar().pause.getText())).isEqualTo("Resume");
    Edt.run(() -> view.feedBar().pause.doClick());
    awaitStatus("synced");
    assertThat(Edt.call(() -> view.feedBar().status.getText())).isNotEqualTo(held);
  }

  @Test
  void loadsTheRecordedSnapshotAndHoveringReadsTheCurve() throws Exception {
    Mirror.assumeDatasets("orderbook-ftmusdt");
    Edt.run(
        () -> {
          view.feedBar()
              .speed
              .setSelectedIndex(FeedBar.SPEED_VALUES.length - 1); // as fast as possible
          view.feedBar().source.setSelectedItem(FeedBar.Source.RECORDED); // starts it
        });
    awaitStatus("ended");
    assertThat(Edt.call(() -> view.feedBar().status.getText()))
        .contains("update id 800362088", "events applied 222", "resyncs 0");

    DepthChartPanel chart = view.chart();
    int w = Edt.call(chart::getWidth);
    int h = Edt.call(chart::getHeight);
    // three quarters across is above the mid: the ask curve, which holds something there at ±2 %
    Edt.run(() -> chart.hoverAt(new Point(ChartFrame.LEFT + (w - ChartFrame.LEFT) * 3 / 4, h / 2)));
    Optional<DepthReadout> r = Edt.call(chart::readout);
    assertThat(r).isPresent();
    assertThat(r.get().side()).isEqualTo(Side.ASK);
    assertThat(r.get().cumulativeQuantity().signum()).isPositive();
    assertThat(r.get().percentFromMid().doubleValue()).isBetween(0.5, 2.0);
    assertThat(Edt.call(() -> view.readoutLabel().getText()))
        .contains("price", "cum. quantity", "notional", "from mid");

    // a fill of 50,000 FTM and the ±1 % band
    Edt.run(
        () -> {
          view.chartBar().fill.setText("50000");
          view.chartBar().fill.postActionEvent();
          view.chartBar().bands[0].doClick();
        });
    assertThat(Edt.call(() -> chart.settings().bandPercent())).isEqualTo(1.0);
    assertThat(Edt.call(() -> chart.settings().fillQuantity()))
        .contains(new java.math.BigDecimal("50000"));
    Path png = Files.createTempFile("depth", ".png");
    Edt.run(
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
  void choosingTheRecordingReplacesTheSimulatedBookWithoutRestart() throws Exception {
    Mirror.assumeDatasets("orderbook-ftmusdt");
    awaitStatus("simulated · synced");
    Edt.run(() -> view.feedBar().source.setSelectedItem(FeedBar.Source.RECORDED));
    awaitStatus("FTMUSDT"); // the recording's file name
    assertThat(Edt.call(() -> view.feedBar().symbol.getText())).isEqualTo("FTMUSDT");
    Edt.run(() -> view.feedBar().source.setSelectedItem(FeedBar.Source.SIMULATED));
    awaitStatus("simulated");
    // the learner's live symbol comes back once the replay is no longer chosen
    assertThat(Edt.call(() -> view.feedBar().symbol.getText())).isEqualTo("ETHUSDT");
  }

  @Test
  void aThemeSwitchRedrawsTheChartInTheNewColoursEvenWhilePaused() throws Exception {
    awaitStatus("synced");
    Edt.run(() -> view.feedBar().pause.doClick());
    awaitStatus("paused");
    Edt.run(view::pickUp);
    int before = Edt.call(this::chartCornerColour);
    LookAndFeel old = UIManager.getLookAndFeel();
    try {
      boolean dark = Edt.call(ChartStyle::dark);
      Edt.run(
          () -> {
            if (dark) {
              FlatLightLaf.setup();
            } else {
              FlatDarkLaf.setup();
            }
            FlatLaf.updateUI();
          });
      Edt.await("the chart's background to change", () -> chartCornerColour() != before);
    } finally {
      Edt.run(
          () -> {
            UIManager.setLookAndFeel(old);
            FlatLaf.updateUI();
          });
    }
  }

  /** The chart's top-left pixel, its background, as the panel paints it now. */
  private int chartCornerColour() {
    DepthChartPanel chart = view.chart();
    BufferedImage img =
        new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    chart.paint(g);
    g.dispose();
    return img.getRGB(1, 1);
  }

  @Test
  void tutorialStepsShowTheBandLevels() throws Exception {
    awaitStatus("synced");
    Edt.run(() -> view.tabs().setSelectedIndex(4)); // 4 Histogram
    assertThat(
            Edt.call(
                () ->
                    ((java.awt.BorderLayout) view.tutorialPanel(3).getLayout())
                        .getLayoutComponent(java.awt.BorderLayout.CENTER)))
        .isInstanceOf(XChartPanel.class);
    Edt.run(() -> view.tabs().setSelectedIndex(1)); // 1 Table
    assertThat(Edt.call(() -> view.tutorialNote(0)))
        .matches(
            "Levels within ±2 % of the mid: \\d+ bids, \\d+ asks \\(of \\d+ and \\d+ in the book\\)");
    assertThat(Edt.call(() -> view.tutorialPanel(0).getComponentCount())).isEqualTo(2);
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
      Edt.run(
          () -> {
            view.launcher().setEndpoints(fake.endpoints());
            view.feedBar().symbol.setText("ethusdt");
            view.feedBar().source.setSelectedItem(FeedBar.Source.LIVE); // connects
          });
      awaitStatus("ended"); // the fake closes the socket after its frames
      assertThat(Edt.call(() -> view.feedBar().status.getText()))
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
    Edt.run(
        () -> {
          view.launcher()
              .setEndpoints(
                  new BinanceEndpoints(dead, java.net.URI.create("ws://127.0.0.1:" + port)));
          view.feedBar().source.setSelectedItem(FeedBar.Source.LIVE);
        });
    awaitStatus("failed");
    assertThat(Edt.call(() -> view.feedBar().status.getText()))
        .contains("Cannot open the Binance stream", "are you offline?");
  }

  @Test
  void missingRecordingIsAFailedStatusNamingTheDataset(@org.junit.jupiter.api.io.TempDir Path cache)
      throws Exception {
    DepthView bare =
        Edt.call(
            () ->
                new DepthView(
                    new LabContext(
                        tasks,
                        new DatasetResolver(
                            dev.learninglab.core.data.DatasetCatalog.bundled(),
                            cache,
                            List.of(),
                            true))));
    Edt.run(
        () -> {
          bare.feedBar().source.setSelectedItem(FeedBar.Source.RECORDED);
        });
    awaitStatus(bare, "failed");
    assertThat(Edt.call(() -> bare.feedBar().status.getText()))
        .contains("Dataset `orderbook-ftmusdt`", "is not available");
    assertThat(Edt.call(() -> bare.feedBar().status.getToolTipText()))
        .contains("LEARNING_LAB_DATA_MIRROR");
  }

  @Test
  void quoteValueToggleChangesTheAxis() throws Exception {
    awaitStatus("synced");
    Edt.run(() -> view.chartBar().quote.doClick());
    assertThat(Edt.call(() -> view.chart().settings().quoteValue())).isTrue();
  }

  @Test
  void badInputsAreReportedNotThrown() throws Exception {
    Edt.run(
        () -> {
          view.chartBar().fill.setText("lots");
          view.chartBar().fill.postActionEvent();
        });
    assertThat(Edt.call(() -> view.chartBar().message.getText()))
        .isEqualTo("Fill quantity \"lots\" is not a positive number");
    Edt.run(
        () -> {
          view.feedBar().symbol.setText("ETH/USDT");
          view.feedBar().source.setSelectedItem(FeedBar.Source.LIVE);
        });
    assertThat(Edt.call(() -> view.feedBar().message.getText()))
        .contains("is not a Binance symbol");
  }
}
