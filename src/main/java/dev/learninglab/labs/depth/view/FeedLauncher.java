package dev.learninglab.labs.depth.view;

import static dev.learninglab.labs.depth.model.DepthTexts.T;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.labs.depth.io.BinanceEndpoints;
import dev.learninglab.labs.depth.io.FeedStatus;
import dev.learninglab.labs.depth.io.Feeds;
import dev.learninglab.labs.depth.io.SyncFeed;
import dev.learninglab.labs.depth.model.DepthJson;
import dev.learninglab.labs.depth.model.DepthUpdate;
import dev.learninglab.labs.depth.model.SimulatedMarket;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Turns the source the learner picked into a {@link FeedTask}; file choosers run here, on the EDT.
 */
final class FeedLauncher {
  static final String DATASET = "orderbook-ftmusdt";
  static final String SNAPSHOT = "binance_FTMUSDT_depth_limit5000_snapshot.json";
  static final String UPDATES = "binance_FTMUSDT_depthUpdate_100ms.jsonl";

  private final DatasetResolver datasets;
  private final Consumer<FeedStatus> listener;
  private BinanceEndpoints endpoints = BinanceEndpoints.production();

  FeedLauncher(DatasetResolver datasets, Consumer<FeedStatus> listener) {
    this.datasets = datasets;
    this.listener = listener;
  }

  /** Points live mode elsewhere (tests use a fake server on 127.0.0.1). */
  void setEndpoints(BinanceEndpoints endpoints) {
    this.endpoints = endpoints;
  }

  /** The task for {@code source}, or null when the learner cancelled a file chooser. */
  FeedTask prepare(FeedBar.Source source, FeedBar bar, Function<String, File> chooser) {
    double speed = bar.speedValue();
    return switch (source) {
      case SIMULATED ->
          new FeedTask(
              Feeds.SIMULATED,
              p -> Feeds.simulated(SimulatedMarket.standard(), speed, listener),
              listener);
      case RECORDED ->
          new FeedTask(
              "FTMUSDT recording",
              p ->
                  recorded(
                      datasets.resolveFile(DATASET, SNAPSHOT, p),
                      datasets.resolveFile(DATASET, UPDATES, p),
                      speed),
              listener);
      case FILE -> fromFiles(chooser, speed);
      case LIVE -> {
        String symbol = BinanceEndpoints.symbol(bar.symbol.getText());
        int limit = (Integer) bar.limit.getValue();
        BinanceEndpoints target = endpoints;
        yield new FeedTask(
            Feeds.LIVE_PREFIX + symbol, p -> Feeds.live(target, symbol, limit, listener), listener);
      }
    };
  }

  private FeedTask fromFiles(Function<String, File> chooser, double speed) {
    File snapshot = chooser.apply(T.get("depth.chooser.snapshot"));
    if (snapshot == null) {
      return null;
    }
    File updates = chooser.apply(T.get("depth.chooser.updates"));
    return new FeedTask(
        snapshot.getName(),
        p -> recorded(snapshot.toPath(), updates == null ? null : updates.toPath(), speed),
        listener);
  }

  private SyncFeed recorded(Path snapshot, Path updates, double speed) {
    List<DepthUpdate> events = updates == null ? List.of() : DepthJson.readUpdates(updates);
    return Feeds.recorded(
        snapshot.getFileName().toString(),
        DepthJson.readSnapshot(snapshot),
        events,
        speed,
        listener);
  }
}
