package dev.learninglab.labs.depth.io;

import dev.learninglab.labs.depth.model.BookSnapshot;
import dev.learninglab.labs.depth.model.DepthUpdate;
import dev.learninglab.labs.depth.model.SimulatedMarket;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Builds the lab's three kinds of feed: simulated, recorded replay, and live Binance. */
public final class Feeds {
  /** The simulated feed's name, and the start of a live one's ("live ETHUSDT"). */
  public static final String SIMULATED = "simulated";

  public static final String LIVE_PREFIX = "live ";

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

  private Feeds() {}

  /** The offline default: the project's simulated market, events every 100 ms of market time. */
  public static SyncFeed simulated(
      SimulatedMarket market, double speed, Consumer<FeedStatus> listener) {
    EventSource events =
        new EventSource() {
          @Override
          public Optional<DepthUpdate> next() {
            return Optional.of(market.nextEvent());
          }

          @Override
          public boolean paced() {
            return true;
          }
        };
    SnapshotSource snapshots =
        new SnapshotSource() {
          @Override
          public BookSnapshot fetch() {
            return market.snapshot();
          }

          @Override
          public boolean canRefresh() {
            return true;
          }
        };
    return new SyncFeed(SIMULATED, snapshots, events, speed, Backoff.standard(), listener);
  }

  /** A snapshot plus a recorded stream, replayed at {@code speed} × real time (0 = at once). */
  public static SyncFeed recorded(
      String name,
      BookSnapshot snapshot,
      List<DepthUpdate> events,
      double speed,
      Consumer<FeedStatus> listener) {
    return new SyncFeed(
        name,
        SnapshotSource.fixed(snapshot),
        EventSource.of(events),
        speed,
        Backoff.standard(),
        listener);
  }

  /**
   * Live Binance: opens the diff stream first, then takes REST snapshots as the synchroniser asks.
   * Connection problems raise an IOException whose message says Binance cannot be reached.
   */
  public static SyncFeed live(
      BinanceEndpoints endpoints, String symbol, int limit, Consumer<FeedStatus> listener)
      throws IOException, InterruptedException {
    HttpClient http = BinanceRestClient.httpClient(CONNECT_TIMEOUT);
    BinanceRestClient rest = new BinanceRestClient(http, endpoints, REQUEST_TIMEOUT);
    endpoints.depth(symbol, limit); // validates before any connection is made
    BinanceStreamClient stream =
        BinanceStreamClient.connect(http, endpoints, symbol, CONNECT_TIMEOUT, IDLE_TIMEOUT);
    return new SyncFeed(
        LIVE_PREFIX + BinanceEndpoints.symbol(symbol),
        rest.source(symbol, limit),
        stream,
        0,
        Backoff.standard(),
        listener);
  }
}
