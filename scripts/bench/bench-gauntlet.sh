#!/usr/bin/env bash
# The Gauntlet against a pandas notebook doing the same exercises, interleaved A B A B, each side
# a fresh process:
#   A: what the lab does (dev.learninglab.bench.GauntletBench, test classes + shaded jar): from opening the lab (the
#      background warm-up: JShell VM start, imports, section 1's expected values) to the first
#      checked run of section 1; then warm checked runs of section 2 (JShell compiles the learner's
#      code, runs it and compares every result with the reference);
#   B: scripts/bench/bench-gauntlet-pandas.py: from Python's process start (import pandas, read mpg.csv)
#      to section 1's pandas equivalents executed; then section 2's executed again (no checking).
# So A does more per run than B (compilation and comparison); the ratio says what the checked,
# sandboxed Java workflow costs beside a plain notebook.
#   scripts/bench/bench-gauntlet.sh [WARM_RUNS=5] [ROUNDS=5]
# Writes bench-results/gauntlet.txt (appended).
set -euo pipefail
source "$(dirname "$0")/bench-common.sh"
need_test_classes
warm="${1:-5}"
rounds="${2:-5}"
interleave --rounds "$rounds" --out "$results/gauntlet.txt" \
  --title "Gauntlet (wrangling pack) / pandas notebook" \
  --about "A: $JAVA_VERSION, JShell in a separate VM; B: $($PYTHON -V), pandas $($PYTHON -c 'import pandas; print(pandas.__version__)')" \
  --about "section 2 warm: median of $warm runs in each process" \
  --label-a "Gauntlet" --label-b "pandas" \
  --metric "open to first run of section 1 (A: checked, lab already open; B: from process start), s=A.openToFirstRunSeconds:B.openToFirstRunSeconds" \
  --metric "section 2, warm run (A: checked), s=A.section2WarmSeconds:B.section2WarmSeconds" \
  "java -cp $BENCH_CP dev.learninglab.bench.GauntletBench $warm" \
  "$PYTHON $root/scripts/bench/bench-gauntlet-pandas.py $warm"
