#!/usr/bin/env bash
# Depth lab: redrawing a 5,000-level-per-side book at 1280x720, interleaved A B A B, each side a
# fresh process:
#   A: the lab's Java drawing (DepthBenchmark, kept with the tests): curves in exact decimals +
#      Java2D painting, median of 200 redraws after warm-up; it then streams 100 events/s for 10 s
#      through the lab's pipeline and measures the event thread (figures of the last round below);
#   B: matplotlib (Agg) drawing the same book (scripts/bench/bench-depth-matplotlib.py): cumulative sums +
#      step fills, median of 50 draws after 5 warm-ups.
# Needs a display; on a headless machine it runs itself under xvfb-run.
#   scripts/bench/bench-depth.sh [ROUNDS=5]
# Writes bench-results/depth.txt (appended), depth-java.json, depth-matplotlib.json.
set -euo pipefail
if [ -z "${DISPLAY:-}" ] && [ -z "${BENCH_DEPTH_XVFB:-}" ]; then
  BENCH_DEPTH_XVFB=1 exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi
source "$(dirname "$0")/bench-common.sh"
rounds="${1:-5}"
need_test_classes
mpl="$($PYTHON -c 'import matplotlib; print(matplotlib.__version__)')"
interleave --rounds "$rounds" --out "$results/depth.txt" \
  --title "depth chart redraw, 5,000 levels per side, 1280x720: Java / matplotlib" \
  --about "A: $JAVA_VERSION, BigDecimal curves + Java2D; B: $($PYTHON -V), matplotlib $mpl (Agg), NumPy float cumsum" \
  --label-a "Java" --label-b "matplotlib" \
  --metric "redraw, median ms=A.redrawMillis.median:B.redrawMillis.median" \
  "java -cp $BENCH_CP dev.learninglab.labs.depth.view.DepthBenchmark $results" \
  "$PYTHON $root/scripts/bench/bench-depth-matplotlib.py $results"
$PYTHON - "$results" <<'PY' | tee -a "$results/depth.txt"
import json, sys
j = json.load(open(f"{sys.argv[1]}/depth-java.json"))
s, r = j["stream"], j["redrawMillis"]
print(f"last Java round: redraw p95 {r['p95']} ms, max {r['max']} ms; curves median {r['prepare']['median']} ms, painting median {r['paint']['median']} ms")
print(f"  stream: {s['eventsApplied']} events in {s['seconds']:.1f} s = {s['eventsPerSecond']:.1f} events/s, resyncs {s['resyncs']}; "
      f"event-thread lag median {s['edtLagMillis']['median']} ms, p95 {s['edtLagMillis']['p95']} ms, max {s['edtLagMillis']['max']} ms")
PY
