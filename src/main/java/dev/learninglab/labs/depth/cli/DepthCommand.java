package dev.learninglab.labs.depth.cli;

import static dev.learninglab.labs.depth.model.DepthTexts.T;

import dev.learninglab.core.image.PictureFiles;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.io.Quote;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.depth.io.Backoff;
import dev.learninglab.labs.depth.io.ChartSettings;
import dev.learninglab.labs.depth.io.DepthChartPainter;
import dev.learninglab.labs.depth.io.EventSource;
import dev.learninglab.labs.depth.io.FeedStatus;
import dev.learninglab.labs.depth.io.SnapshotSource;
import dev.learninglab.labs.depth.io.SyncFeed;
import dev.learninglab.labs.depth.model.ArticleQuestion;
import dev.learninglab.labs.depth.model.BookSnapshot;
import dev.learninglab.labs.depth.model.DepthJson;
import dev.learninglab.labs.depth.model.DepthReport;
import dev.learninglab.labs.depth.model.DepthUpdate;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code learning-lab depth}: reads a Binance depth snapshot, optionally replays a recorded
 * diff-depth stream onto it with the same synchroniser the lab uses, and prints best prices,
 * spread, the fill of a market order, the liquidity within a band and, on request, a PNG.
 */
@Command(
    name = "depth",
    mixinStandardHelpOptions = true,
    description = "Order-book depth: best prices, spread, market-order fill and band liquidity.")
public final class DepthCommand implements Callable<Integer> {
  /** Binance's own upper bound on a REST depth request. */
  private static final int MAX_LEVELS = 5000;

  @Spec CommandSpec spec;

  @Option(
      names = "--snapshot",
      required = true,
      paramLabel = "FILE",
      description = "Binance REST depth JSON.")
  Path snapshot;

  @Option(
      names = "--updates",
      paramLabel = "FILE.jsonl",
      description =
          "Recorded depthUpdate events (JSON lines, bare or in the combined-stream envelope).")
  Path updates;

  @Option(
      names = "--band",
      paramLabel = "PERCENT",
      defaultValue = "2",
      description = "Quantity within ± this %% of the mid (default: ${DEFAULT-VALUE}).")
  BigDecimal band;

  @Option(
      names = "--fill",
      paramLabel = "QTY",
      description = "Walk the book for a market buy and sell of this quantity.")
  BigDecimal fill;

  @Option(
      names = "--png",
      paramLabel = "OUT",
      description = "Write the depth chart (band and fill drawn) as PNG.")
  Path png;

  @Option(
      names = "--levels",
      paramLabel = "N",
      description =
          "Keep the best N levels per side, as Binance's limit does (the article asked for 100;"
              + " default: every level in the file).")
  Integer levels;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    DepthJson.bounded(band, "--band " + Quote.of(band.toString()));
    if (fill != null) {
      DepthJson.bounded(fill, "--fill " + Quote.of(fill.toString()));
    }
    if (band.signum() < 0) {
      throw new IllegalArgumentException(
          "--band must not be negative, got " + band.toPlainString());
    }
    if (fill != null && fill.signum() <= 0) {
      throw new IllegalArgumentException("--fill must be positive, got " + fill.toPlainString());
    }
    if (levels != null && (levels < 1 || levels > MAX_LEVELS)) {
      throw new IllegalArgumentException(
          "--levels must be between 1 and " + MAX_LEVELS + ", got " + levels);
    }
    BookSnapshot start = DepthJson.readSnapshot(snapshot);
    List<DepthUpdate> events = updates == null ? List.of() : DepthJson.readUpdates(updates);
    FeedStatus status =
        new SyncFeed(
                snapshot.getFileName().toString(),
                SnapshotSource.fixed(start),
                EventSource.of(events),
                0,
                Backoff.standard(),
                s -> {})
            .run(Progress.none());
    if (status.state() == FeedStatus.State.FAILED) {
      throw new IllegalStateException(updates + ": " + status.message());
    }
    BookSnapshot synced =
        status.book().orElseThrow(() -> new IllegalStateException(status.message()));
    BookSnapshot book = levels == null ? synced : synced.top(levels);
    Map<String, Object> report =
        DepthReport.of(
            book, status.eventsApplied(), status.resyncs(), band, Optional.ofNullable(fill));
    if (png != null) {
      ChartSettings settings =
          new ChartSettings(band.doubleValue(), false, Optional.ofNullable(fill));
      String title =
          T.get(
              "depth.cli.chartTitle", snapshot.getFileName(), String.valueOf(book.lastUpdateId()));
      PictureFiles.writePng(DepthChartPainter.image(book, settings, title, 1000, 560), png);
    }
    if (book.crossed()) {
      spec.commandLine()
          .getErr()
          .println(
              T.get(
                  "depth.cli.crossed",
                  book.bestBid().orElseThrow().toPlainString(),
                  book.bestAsk().orElseThrow().toPlainString(),
                  book.spread().orElseThrow().toPlainString()));
      spec.commandLine().getErr().flush();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, report);
    } else {
      TextReport.print(out, report);
      if (fill != null) {
        out.println();
        out.println(ArticleQuestion.answer(book, fill, ""));
        out.flush();
      }
    }
    return 0;
  }
}
