#!/bin/sh
# Depth lab performance: Java redraw of a 5,000-level-per-side book and 100 events/s through the
# lab's pipeline (DepthBenchmark), and matplotlib drawing the same book as the reference.
# Usage, from the repository root (needs a display; on a headless machine wrap in xvfb-run -a):
#   flock /tmp/mvn.lock mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
#   xvfb-run -a sh scripts/bench-depth.sh
# Results: bench-results/depth-java.json, depth-matplotlib.json, depth-summary.txt
set -e
OUT=bench-results
mkdir -p "$OUT"
java -cp "target/test-classes:target/classes:$(cat cp.txt)" dev.learninglab.labs.depth.view.DepthBenchmark "$OUT"
/usr/bin/python3 scripts/bench-depth-matplotlib.py "$OUT"
/usr/bin/python3 - "$OUT" <<'PY'
import json, os, sys
out = sys.argv[1]
j = json.load(open(f"{out}/depth-java.json"))
m = json.load(open(f"{out}/depth-matplotlib.json"))
jr, mr = j["redrawMillis"]["median"], m["redrawMillis"]["median"]
s = j["stream"]
lines = [
    f"book: {j['levelsPerSide']} levels per side (bids, asks), all inside the ±5 % band",
    f"Java redraw (curves + paint, 1280x720): median {jr} ms, p95 {j['redrawMillis']['p95']} ms, max {j['redrawMillis']['max']} ms",
    f"  of which curves (BigDecimal sums) median {j['redrawMillis']['prepare']['median']} ms, painting median {j['redrawMillis']['paint']['median']} ms",
    f"matplotlib {m['matplotlib']} redraw of the same book: median {mr} ms  ->  Java is {mr / jr:.1f}x faster",
    f"stream: {s['eventsApplied']} events in {s['seconds']:.1f} s = {s['eventsPerSecond']:.1f} events/s, resyncs {s['resyncs']}",
    f"  repaints {s['repaints']} (10 Hz timer); event thread per frame (show + paint) median {s['edtShowAndPaintMillis']['median']} ms, max {s['edtShowAndPaintMillis']['max']} ms; background render median {s['backgroundRenderMillis']['median']} ms",
    f"  event-thread lag while streaming: median {s['edtLagMillis']['median']} ms, p95 {s['edtLagMillis']['p95']} ms, max {s['edtLagMillis']['max']} ms",
    f"machine: {os.cpu_count()} cores, load average at the end {os.getloadavg()[0]:.2f} (other work shares the cores)",
]
open(f"{out}/depth-summary.txt", "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
