package dev.learninglab.labs.depth.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A made-up but plausible market the lab ships as its offline default (always labelled
 * "simulated"): a book around a mid price, one level per tick, with quantities that grow away from
 * the mid and a few large "walls", plus a stream of diff-depth events in Binance's format whose ids
 * chain correctly. The same seed gives the same book and the same events.
 */
public final class SimulatedMarket {
  /** The default the lab opens with. */
  public static final long DEFAULT_SEED = 20211126L;

  private static final int QTY_SCALE = 3;
  private final SplittableRandom random;
  private final BigDecimal tick;
  private final int levelsPerSide;
  private final OrderBook book;
  private long nextId = 1_000_000;
  private long clock = 1_700_000_000_000L;

  /**
   * @param mid price the book is built around
   * @param tick price step between levels
   */
  public SimulatedMarket(long seed, BigDecimal mid, BigDecimal tick, int levelsPerSide) {
    this.random = new SplittableRandom(seed);
    this.tick = tick;
    this.levelsPerSide = levelsPerSide;
    List<Level> bids = new ArrayList<>();
    List<Level> asks = new ArrayList<>();
    BigDecimal center = mid.divide(tick, 0, RoundingMode.HALF_EVEN).multiply(tick);
    for (int i = 1; i <= levelsPerSide; i++) {
      BigDecimal offset = tick.multiply(BigDecimal.valueOf(i));
      bids.add(new Level(center.subtract(offset), quantity(i)));
      asks.add(new Level(center.add(offset), quantity(i)));
    }
    book = OrderBook.of(new BookSnapshot(nextId, bids, asks));
  }

  /** The lab's default: 400 levels per side around 100.00 with a 0.01 tick. */
  public static SimulatedMarket standard() {
    return new SimulatedMarket(DEFAULT_SEED, new BigDecimal("100.00"), new BigDecimal("0.01"), 400);
  }

  /** The current book, as a REST snapshot would return it. */
  public BookSnapshot snapshot() {
    return book.snapshot();
  }

  /**
   * The next event: a handful of levels near the top change or vanish, 100 ms after the last one.
   * The simulated book applies it too, so snapshot() stays consistent with the stream.
   */
  public DepthUpdate nextEvent() {
    List<Level> bids = changes(Side.BID);
    List<Level> asks = changes(Side.ASK);
    long first = nextId + 1;
    nextId += 1 + random.nextInt(3);
    clock += 100;
    DepthUpdate e = new DepthUpdate(clock, "SIMULATED", first, nextId, bids, asks);
    e.applyTo(book);
    return e;
  }

  private List<Level> changes(Side side) {
    List<Level> out = new ArrayList<>();
    BookSnapshot now = book.snapshot();
    BigDecimal best = side == Side.BID ? now.bestBid().orElse(null) : now.bestAsk().orElse(null);
    if (best == null) {
      return out;
    }
    int n = 1 + random.nextInt(4);
    for (int k = 0; k < n; k++) {
      int depth = (int) Math.min(levelsPerSide - 1, Math.abs(random.nextGaussian()) * 20);
      BigDecimal step = tick.multiply(BigDecimal.valueOf(depth));
      BigDecimal price = side == Side.BID ? best.subtract(step) : best.add(step);
      boolean remove = random.nextInt(6) == 0 && depth > 0;
      out.add(new Level(price, remove ? BigDecimal.ZERO : quantity(depth + 1)));
    }
    return out;
  }

  /** Quantity at distance i ticks: grows with depth, log-normal noise, an occasional wall. */
  private BigDecimal quantity(int i) {
    double base = 2 + 0.05 * i;
    double q = base * Math.exp(random.nextGaussian() * 0.6);
    if (random.nextInt(60) == 0) {
      q *= 25;
    }
    return BigDecimal.valueOf(q)
        .setScale(QTY_SCALE, RoundingMode.HALF_EVEN)
        .max(new BigDecimal("0.001"));
  }
}
