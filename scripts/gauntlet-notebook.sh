#!/bin/sh
# Regenerates notebooks-equivalent/gauntlet.jsh from the wrangling pack's reference solutions.
# Usage (from the repository root, after `mvn -o -q compile` and writing cp.txt with
#   mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt):
#   scripts/gauntlet-notebook.sh
set -e
out=notebooks-equivalent/gauntlet.jsh
{
  echo "// Gauntlet notebook: the filled wrangling template (learning-lab gauntlet solution --pack wrangling)."
  echo "// Run: jshell --class-path target/learning-lab.jar notebooks-equivalent/gauntlet.jsh"
  echo "// From classes: jshell --class-path target/classes:\$(cat cp.txt) notebooks-equivalent/gauntlet.jsh"
  echo "// learning-lab gauntlet check on this file passes every section."
  java -cp "target/classes:$(cat cp.txt)" dev.learninglab.LearningLab gauntlet solution --pack wrangling
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
