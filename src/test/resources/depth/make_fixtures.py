#!/usr/bin/python3
"""Reference numbers for the depth lab's tutorial views, from pandas and numpy.

Run:  cd src/test/resources/depth && /usr/bin/python3 make_fixtures.py
Writes synthetic_book.json (a made-up Binance-format book, seed 7) and
synthetic_reference.json (pandas describe by side, numpy histogram with bins="auto"
unweighted and quantity-weighted, and the cumulative depth as numpy cumsum).
"""
import json
import numpy as np
import pandas as pd

rng = np.random.default_rng(7)
mid = 2500.0
bid_prices = sorted({round(mid - 0.05 - d, 2) for d in rng.gamma(2.0, 4.0, 150)}, reverse=True)
ask_prices = sorted({round(mid + 0.05 + d, 2) for d in rng.gamma(2.0, 4.0, 150)})
bids = [[f"{p:.2f}", f"{q:.4f}"] for p, q in zip(bid_prices, rng.lognormal(0.0, 1.0, len(bid_prices)))]
asks = [[f"{p:.2f}", f"{q:.4f}"] for p, q in zip(ask_prices, rng.lognormal(0.0, 1.0, len(ask_prices)))]
book = {"lastUpdateId": 4242, "bids": bids, "asks": asks}
with open("synthetic_book.json", "w") as f:
    json.dump(book, f)

# the tutorial's table: one row per level, side, price, quantity as floats
rows = [("bids", float(p), float(q)) for p, q in bids] + [("asks", float(p), float(q)) for p, q in asks]
df = pd.DataFrame(rows, columns=["side", "price", "quantity"])

ref = {"describe": {}, "histogram": {}, "cumulative": {}}
for side, g in df.groupby("side"):
    d = g.price.describe()
    ref["describe"][side] = {k: float(d[k]) for k in ["count", "mean", "std", "min", "25%", "50%", "75%", "max"]}

prices = df.price.to_numpy()
edges = np.histogram_bin_edges(prices, bins="auto")
counts, _ = np.histogram(prices, bins=len(edges) - 1)
weighted, _ = np.histogram(prices, bins=len(edges) - 1, weights=df.quantity.to_numpy())
ref["histogram"] = {"bins": len(edges) - 1, "edges": edges.tolist(), "counts": counts.tolist(), "weighted": weighted.tolist()}

# cumulative depth: asks ascending, bids descending (seaborn ecdfplot weights=quantity, stat=count,
# complementary=True for bids evaluates to these sums at each level)
for side, asc in [("asks", True), ("bids", False)]:
    g = df[df.side == side].sort_values("price", ascending=asc)
    ref["cumulative"][side] = np.cumsum(g.quantity.to_numpy()).tolist()

with open("synthetic_reference.json", "w") as f:
    json.dump(ref, f, indent=1)
print("bins", len(edges) - 1, "levels", len(bids), len(asks))
