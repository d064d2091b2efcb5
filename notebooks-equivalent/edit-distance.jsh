// Edit distance from scratch: the tutorial, step by step, against the Learning Lab jar.
//
// Run:  jshell --class-path target/learning-lab.jar notebooks-equivalent/edit-distance.jsh
// (or, without packaging: jshell --class-path "target/classes:$(cat cp.txt)" notebooks-equivalent/edit-distance.jsh)
// Part 5 uses the catalogued pip-requirements pair when LEARNING_LAB_DATA_MIRROR is set,
// and the project's demo pair otherwise.

import dev.learninglab.labs.editdistance.model.*;
import dev.learninglab.core.task.Progress;
import dev.learninglab.core.data.DatasetResolver;

// ---- 1. The recursive definition, as the tutorial writes it (insert 1, delete 1, substitute 2)
Costs costs = Costs.TUTORIAL;
RecursionReport rec = TutorialRecursion.run("numpy", "numexpr", costs, 1_000_000);
System.out.println("Edit Distance between `numpy` & `numexpr` is: " + rec.distance());
rec.narration().forEach(System.out::println);
// It is exponential: count the calls, plain and memoised, against the DP's cells.
System.out.println(rec.plainSummary() + " Memoised: " + rec.memoCalls() + " calls. DP: " + rec.dpCells() + " cells.");
RecursionReport longer = TutorialRecursion.run("intention", "execution", costs, 100_000);
System.out.println(longer.plainSummary());

// ---- 2. Dynamic programming: the (m+1) x (n+1) cost matrix, '#' = empty prefix
DpMatrix m = DpMatrix.of("numpy", "numexpr", costs);
System.out.print("     #");
for (int j = 1; j < m.cols(); j++) System.out.print("  " + m.targetChar(j));
System.out.println();
for (int i = 0; i < m.rows(); i++) {
  System.out.print(i == 0 ? "  #" : "  " + m.sourceChar(i));
  for (int j = 0; j < m.cols(); j++) System.out.printf("%3d", m.cost(i, j));
  System.out.println();
}
System.out.println("distance = bottom-right cell = " + m.distance());

// ---- 3. One cell at a time: each is the cheapest of three candidates
System.out.println(m.cell(1, 1).explain());
System.out.println(m.cell(3, 4).explain());
System.out.println(m.cell(4, 5).explain());

// ---- 4. Backtrace: the correct edit script, and the tutorial's (which is not one)
EditScript script = m.script();
script.steps().forEach(s -> System.out.println(s.describe()));
System.out.println("costs sum to " + script.totalCost() + "; applied to numpy gives " + script.applyTo("numpy"));
TutorialDp tutorial = TutorialDp.of("numpy", "numexpr", costs);
System.out.println("tutorial's backtrace: " + tutorial.printed());
System.out.println("what is wrong with it: " + tutorial.check());

// ---- 5. Package matching: for each 3.6 package, the closest 3.9 line
RequirementList py36, py39;
if (System.getenv("LEARNING_LAB_DATA_MIRROR") != null) {
  DatasetResolver data = DatasetResolver.standard();
  py36 = RequirementList.read(data.resolveFile("pip-requirements", "py36.txt", Progress.none()));
  py39 = RequirementList.read(data.resolveFile("pip-requirements", "py39.txt", Progress.none()));
} else {
  py36 = RequirementList.parse("demo-py36.txt", PackageMatcher.class.getResourceAsStream("/editdistance/demo-py36.txt").readAllBytes());
  py39 = RequirementList.parse("demo-py39.txt", PackageMatcher.class.getResourceAsStream("/editdistance/demo-py39.txt").readAllBytes());
}
System.out.println("Number of packages: " + py36.lines().size() + " and " + py39.lines().size());
MatchReport report = new PackageMatcher(false).match(py36, py39, Progress.none());
report.matches().stream().limit(6).forEach(x ->
    System.out.println("Best matching package for `" + x.pkg() + "` with distance of " + x.distance() + " is `" + x.best() + "`"));
System.out.printf("correct %d of %d, accuracy %.2f%n", report.correct(), report.total(), report.accuracy());
// Why not higher: some packages simply are not in the second list.
System.out.printf("matchable %d, matchable accuracy %.2f; cannot match: %s%n",
    report.matchable(), report.matchableAccuracy(), report.unmatched());
MatchReport names = new PackageMatcher(true).match(py36, py39, Progress.none());
System.out.printf("names only (PEP 503): accuracy %.2f, matchable accuracy %.2f%n", names.accuracy(), names.matchableAccuracy());

// ---- 6. Long strings: the bit-parallel fast path (sub >= ins + del)
String a = "ab".repeat(50_000), b = "ba".repeat(50_000);
System.out.println("100,000 characters each: distance " + EditDistance.distance(a, b, costs) + " by " + EditDistance.method(costs));
/exit
