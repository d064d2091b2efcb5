#!/usr/bin/env bash
# The MNIST-test size curve quoted in docs/labs/curves.md: the tutorial CNN trained for 3
# epochs at 10 sizes drawn from 8,000 of the 10,000 MNIST test images (2,000 held out), the
# curves fitted on the first 6 points and extrapolated to the rest.
# Runs the shaded jar, built offline when stale (scripts/bench/bench-common.sh):
#   LEARNING_LAB_DATA_MIRROR=/work/shared/data scripts/bench/curves-mnist-size.sh
# Results: bench-results/curves-mnist-size.txt and .json. Points are cached in
# ~/.learning-lab/curves, so a second run only prints.
set -euo pipefail
. "$(dirname "$0")/bench-common.sh"
out=bench-results
run() {
  nice -n 15 java -cp "$CP" dev.learninglab.LearningLab curves size \
    --dataset mnist-test --sizes 500,1000,1500,2000,2500,3000,4000,5000,6500,8000 \
    --epochs 3 --fit-first 6 --target 0.97 "$@"
}
run > "$out/curves-mnist-size.txt"
run --json > "$out/curves-mnist-size.json"
cat "$out/curves-mnist-size.txt"
