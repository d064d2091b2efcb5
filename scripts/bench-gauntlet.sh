#!/bin/sh
# Measures the Gauntlet's time from opening the lab to the first checked run, and warm runs
# of section 2, on compiled classes. Results are appended to scripts/bench-gauntlet-results.txt.
# Usage (repository root, after mvn -o -q compile and writing cp.txt with
#   mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt):
#   scripts/bench-gauntlet.sh [warm-runs]
set -e
out=scripts/bench-gauntlet-results.txt
{
  echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg), java $(java -version 2>&1 | head -1)"
  java -cp "target/classes:$(cat cp.txt)" scripts/bench-gauntlet.java "${1:-10}"
  echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee -a "$out"
