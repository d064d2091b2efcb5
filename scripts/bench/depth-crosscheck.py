#!/usr/bin/python3
"""Independent re-computation of `learning-lab depth --json` in Python's decimal module.

Usage (from the repository root, with target/learning-lab.jar built, e.g. by `mvn -o -q -DskipTests package`):
  LEARNING_LAB_DATA_MIRROR=/work/shared/data /usr/bin/python3 scripts/bench/depth-crosscheck.py [FILL] [BAND]
Replays the catalogued FTMUSDT snapshot + stream with Binance's procedure, computes best prices,
mid, spread, fills and band quantity, runs the Java CLI on the same files and compares every field.
Exit status 0 when all fields are equal.
"""
import json, os, subprocess, sys
from decimal import Decimal, getcontext

getcontext().prec = 34  # Java's MathContext.DECIMAL128
mirror = os.environ["LEARNING_LAB_DATA_MIRROR"]
snap_path = os.path.join(mirror, "orderbook/binance_FTMUSDT_depth_limit5000_snapshot.json")
upd_path = os.path.join(mirror, "orderbook/binance_FTMUSDT_depthUpdate_100ms.jsonl")
fill = Decimal(sys.argv[1] if len(sys.argv) > 1 else "50000")
band = Decimal(sys.argv[2] if len(sys.argv) > 2 else "1")

snap = json.load(open(snap_path))
bids = {Decimal(p): Decimal(q) for p, q in snap["bids"] if Decimal(q) != 0}
asks = {Decimal(p): Decimal(q) for p, q in snap["asks"] if Decimal(q) != 0}
last = snap["lastUpdateId"]
applied, first = 0, True
for line in open(upd_path):
    e = json.loads(line)
    e = e.get("data", e)
    if e["u"] <= last:
        continue
    assert (e["U"] <= last + 1 <= e["u"]) if first else e["U"] == last + 1, "gap"
    for side, changes in ((bids, e["b"]), (asks, e["a"])):
        for p, q in changes:
            p, q = Decimal(p), Decimal(q)
            if q == 0:
                side.pop(p, None)
            else:
                side[p] = q
    last, first, applied = e["u"], False, applied + 1

def plain(d):
    return "0" if d == 0 else format(d.normalize(), "f")

def walk(levels, qty):
    left, notional, worst = qty, Decimal(0), None
    for p, q in levels:
        if left <= 0:
            break
        take = min(q, left)
        notional += take * p
        left -= take
        worst = p
    if left > 0:
        return {"quantity": plain(qty), "worstPrice": None, "averagePrice": None}
    return {"quantity": plain(qty), "worstPrice": plain(worst), "averagePrice": plain(notional / qty)}

b = sorted(bids.items(), reverse=True)
a = sorted(asks.items())
mid = (b[0][0] + a[0][0]) / 2
lo, hi = mid * (1 - band / 100), mid * (1 + band / 100)
expected = {
    "bestBid": plain(b[0][0]), "bestAsk": plain(a[0][0]), "mid": plain(mid), "spread": plain(a[0][0] - b[0][0]),
    "bidLevels": len(b), "askLevels": len(a), "lastUpdateId": last, "eventsApplied": applied, "resyncs": 0,
    "fill": {"buy": walk(a, fill), "sell": walk(b, fill)},
    "band": {"percent": plain(band),
             "bidQuantity": plain(sum((q for p, q in b if lo <= p <= hi), Decimal(0))),
             "askQuantity": plain(sum((q for p, q in a if lo <= p <= hi), Decimal(0)))},
}
cp = "target/learning-lab.jar"
out = subprocess.run(["java", "-cp", cp, "dev.learninglab.LearningLab", "depth", "--snapshot", snap_path,
                      "--updates", upd_path, "--fill", str(fill), "--band", str(band), "--json"],
                     capture_output=True, text=True, check=True).stdout
actual = json.loads(out)
print(json.dumps(expected, indent=1))
print("java == python:", actual == expected)
sys.exit(0 if actual == expected else 1)
