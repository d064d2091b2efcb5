// The depth-chart tutorial, step by step, with the lab's model classes.
// Run:   jshell --class-path target/learning-lab.jar notebooks-equivalent/depth-chart.jsh
// (or, from compiled classes: jshell --class-path target/classes:$(cat cp.txt) notebooks-equivalent/depth-chart.jsh)
// With LEARNING_LAB_DATA_MIRROR set it reads the recorded FTMUSDT book; otherwise the simulated one.

import dev.learninglab.core.image.PictureFiles;
import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.depth.model.*;
import dev.learninglab.labs.depth.io.*;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;

// 1. Order-book data: Binance's REST depth (lastUpdateId, bids, asks as [price, qty] strings)
BookSnapshot loadBook() {
  if (System.getenv("LEARNING_LAB_DATA_MIRROR") == null) {
    return SimulatedMarket.standard().snapshot();
  }
  return DepthJson.readSnapshot(DatasetResolver.standard().resolveFile("orderbook-ftmusdt",
      "binance_FTMUSDT_depth_limit5000_snapshot.json", Progress.none()));
}
BookSnapshot book = loadBook();
System.out.printf("lastUpdateId %d: %d bids, %d asks; best bid %s, best ask %s, mid %s, spread %s%n",
    book.lastUpdateId(), book.bids().size(), book.asks().size(), book.bestBid().orElseThrow(),
    book.bestAsk().orElseThrow(), book.mid().orElseThrow(), book.spread().orElseThrow());

// Deep books span orders of magnitude (FTMUSDT bids go down to 0.00001): look at ±2 % of the mid
BookSnapshot near = BandDepth.clip(book, new BigDecimal("2"));

// 2. The table (side, price, quantity): the first rows
LevelTable table = LevelTable.of(near);
table.rows().stream().limit(5).forEach(r -> System.out.println(r.side().label() + "  " + r.level().price() + "  " + r.level().quantity()));

// 3. df.groupby("side").price.describe()
for (Side s : Side.values()) System.out.println(s.label() + "s price: " + Describe.of(table.prices(s)));

// 4. Histogram of price: counts levels, so a 0.1-coin level weighs as much as a 100-coin one
int bins = Histogram.autoBins(table.allPrices());
Histogram counts = Histogram.of(table.allPrices(), null, bins);
// 5. Quantity-weighted histogram: volume per price bin
Histogram volume = Histogram.of(table.allPrices(), table.allQuantities(), bins);
for (int i = 0; i < bins; i++) System.out.printf("[%.5f, %.5f)  levels %4.0f  quantity %12.1f%n",
    counts.edges()[i], counts.edges()[i + 1], counts.totals()[i], volume.totals()[i]);

// 6. The depth chart = quantity-weighted ECDF with stat="count": asks from the best ask up,
//    bids complementary (from the best bid down)
DepthCurve asks = DepthCurve.of(book, Side.ASK);
DepthCurve bids = DepthCurve.of(book, Side.BID);
asks.points().stream().limit(5).forEach(p -> System.out.println("ask ≤ " + p.price() + ": " + p.cumulativeQuantity()));

// Reading it: to buy N units for sure, bid where the ask curve reaches N
BigDecimal n = book.asks().get(0).quantity().multiply(new BigDecimal("20"));
MarketFill buy = MarketFill.of(book, true, n);
System.out.printf("buy %s: limit price %s, average %s, slippage %s%n", n, buy.worstPrice().orElseThrow(),
    buy.averagePrice().orElseThrow().round(new java.math.MathContext(8)), buy.slippage(book).orElseThrow());
BandDepth band = BandDepth.of(book, BigDecimal.ONE);
System.out.println("within ±1 % of the mid: bids " + band.bidQuantity() + ", asks " + band.askQuantity());

// The picture, with the fill drawn on it
PictureFiles.writePng(DepthChartPainter.image(book, new ChartSettings(2, false, Optional.of(n)), "depth chart", 1000, 560),
    Path.of("target/depth-chart.png"));
System.out.println("wrote target/depth-chart.png");
/exit
