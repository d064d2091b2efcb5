# Sourced by the scripts that run the project's classes from a checkout (bench-*, superres-train*,
# gauntlet-notebook.sh): moves to the repository root, makes bench-results/
# (git-ignored) and sets CP to a class path that works offline: the shaded jar
# target/learning-lab.jar, built with `mvn -o` (no network) when missing or older than the sources.
# Set MVN to another Maven command if needed (e.g. a wrapper that serialises builds).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
results="$root/bench-results"
mkdir -p "$results"
CP="$root/target/learning-lab.jar"
if [ ! -f "$CP" ] || [ -n "$(find src data pom.xml -newer "$CP" -print -quit)" ]; then
  echo "Building $CP offline (about a minute) ..." >&2
  ${MVN:-mvn} -o -B -q -Dstyle.color=never -DskipTests -Dspotless.check.skip=true package >&2
fi
JAVA_VERSION="$(java -version 2>&1 | head -1)"
PYTHON=/usr/bin/python3
interleave() { "$root/scripts/interleave.py" "$@"; }
# A version property of pom.xml, e.g. `pom_version djl` -> 0.36.0 (what the jar was built with).
pom_version() { sed -n "s:.*<$1.version>\(.*\)</$1.version>.*:\1:p" "$root/pom.xml" | head -1; }
# The Java benchmark programs are compiled with the tests (package dev.learninglab.bench, and the
# depth lab's DepthBenchmark, which uses package-private view classes), so the compiler keeps them in
# step with the code. A driver calls need_test_classes, then runs them on BENCH_CP: target/test-classes
# (compiled offline when missing or older than the test sources) and the jar.
BENCH_CP="$root/target/test-classes:$CP"
need_test_classes() {
  if [ ! -d "$root/target/test-classes" ] || [ -n "$(find src/test -newer "$root/target/test-classes" -print -quit)" ]; then
    echo "Compiling the test classes offline ..." >&2
    ${MVN:-mvn} -o -B -q -Dstyle.color=never -Dspotless.check.skip=true test-compile >&2
  fi
}
