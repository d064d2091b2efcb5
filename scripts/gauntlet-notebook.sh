#!/usr/bin/env bash
# Regenerates notebooks-equivalent/gauntlet.jsh from the wrangling pack's reference solutions.
# Usage (runs the shaded jar, built offline when stale by scripts/bench/bench-common.sh):
#   scripts/gauntlet-notebook.sh
set -e
. "$(dirname "$0")/bench/bench-common.sh"
out=notebooks-equivalent/gauntlet.jsh
{
  echo "// Gauntlet notebook: the filled wrangling template (learning-lab gauntlet solution --pack wrangling)."
  echo "// Run: jshell --class-path target/learning-lab.jar notebooks-equivalent/gauntlet.jsh"
  echo "// learning-lab gauntlet check on this file passes every section."
  java -cp "$CP" dev.learninglab.LearningLab gauntlet solution --pack wrangling
  cat <<'PRINT'
// ## end of the template: the notebook prints a few answers (the checker ignores what follows)
System.out.println(top5.print());
System.out.println(byClass.print());
System.out.printf("hwy: sum %.0f, mean %.6f, median %.1f, sd %.6f%n", hwySum, hwyMean, hwyMedian, hwySd);
System.out.println(withClassMean.first(3).print());
System.out.println(ranked.first(5).print());
/exit
PRINT
} > "$out"
echo "wrote $out"
