#!/usr/bin/python3
"""Reference timing for the depth chart: the same 5,000-level-per-side book drawn by matplotlib
(the tutorial's plotting stack; seaborn's ecdfplot is matplotlib steps underneath) at 1280x720,
Agg backend: cumulative sums + step fills for both sides, clipped to the ±5 % band, median of 50
draws after 5 warm-ups. Called by scripts/bench/bench-depth.sh; writes bench-results/depth-matplotlib.json.
"""
import json, sys, time
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

out = sys.argv[1] if len(sys.argv) > 1 else "bench-results"
book = json.load(open(f"{out}/depth-book5000.json"))

def draw():
    bids = np.array(book["bids"], dtype=float)
    asks = np.array(book["asks"], dtype=float)
    mid = (bids[0, 0] + asks[0, 0]) / 2
    lo, hi = mid * 0.95, mid * 1.05
    fig, ax = plt.subplots(figsize=(12.8, 7.2), dpi=100)
    for side, colour in ((bids, "green"), (asks, "red")):
        keep = (side[:, 0] >= lo) & (side[:, 0] <= hi)
        price, cum = side[keep, 0], np.cumsum(side[keep, 1])
        ax.fill_between(price, cum, step="post", alpha=0.25, color=colour)
        ax.step(price, cum, where="post", color=colour)
    ax.axvline(mid, ls="--", color="grey")
    ax.set_xlim(lo, hi)
    fig.canvas.draw()
    plt.close(fig)

for _ in range(5):
    draw()
times = []
for _ in range(50):
    t0 = time.perf_counter()
    draw()
    times.append((time.perf_counter() - t0) * 1000)
times.sort()
res = {"levelsPerSide": [len(book["bids"]), len(book["asks"])], "matplotlib": matplotlib.__version__,
       "redrawMillis": {"n": len(times), "median": round(times[len(times) // 2], 2), "max": round(times[-1], 2)}}
json.dump(res, open(f"{out}/depth-matplotlib.json", "w"), indent=1)
print(json.dumps(res))
