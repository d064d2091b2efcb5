// Learning curves — the tutorial's notebook, as a Java shell script.
// Run from the repository root:
//   jshell --class-path target/learning-lab.jar notebooks-equivalent/learning-curves.jsh
// (or, without the shaded jar: jshell --class-path "target/classes:$(cat cp.txt)" ...)
// Part 3 of the tutorial first (over/underfitting on iris), then parts 1–2 (dataset size) on
// the bundled 8×8 digits, which trains in seconds; use mnist-test for the real thing.

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.curves.model.*;
import dev.learninglab.labs.curves.model.size.*;
import dev.learninglab.labs.curves.model.extrapolation.*;
import java.nio.file.Files;

var resolver = DatasetResolver.standard();
var iris = IrisCsv.read(resolver.resolve("iris", Progress.none()).file("iris.csv"));

// learning_curve(LogisticRegression(C=c, max_iter=1000), X, y, cv=5,
//                train_sizes=np.linspace(0.1, 1, 10), shuffle=True, random_state=0)
for (double c : new double[] {1, 1e4, 1e-4}) {
  var curve = LearningCurve.compute(iris, c, 5, LearningCurve.linspace(0.1, 1, 10), 0L, Progress.none());
  var diagnosis = Diagnoser.diagnose(curve, Diagnoser.chanceLoss(iris.y(), iris.classCount()));
  System.out.printf("%nC = %s: %s%n", c, diagnosis.verdict().label());
  System.out.println("  sizes            " + java.util.Arrays.toString(curve.trainSizes()));
  System.out.println("  train accuracy   " + java.util.Arrays.toString(curve.train(Metric.ACCURACY).mean()));
  System.out.println("  valid accuracy   " + java.util.Arrays.toString(curve.validation(Metric.ACCURACY).mean()));
  diagnosis.reasons().forEach(r -> System.out.println("  - " + r));
}

// Without shuffling, iris (sorted by class) gives one-class training sets at small sizes.
var unshuffled = LearningCurve.compute(iris, 1, 5, LearningCurve.linspace(0.1, 1, 10), null, Progress.none());
unshuffled.problems().forEach(System.out::println);

// Validation curve over C.
double[] cs = ValidationCurve.logSpace(-4, 4, 9);
var vc = ValidationCurve.compute(iris, cs, 5, Progress.none());
System.out.println("\nC: " + java.util.Arrays.toString(cs));
System.out.println("validation accuracy: " + java.util.Arrays.toString(vc.validation(Metric.ACCURACY).mean()));

// Parts 1–2: accuracy against training-set size, then extrapolation from the first points.
var digits = SizeDataset.DIGITS.load(resolver, Progress.none());
// Two repeats per size (seeds 0 and 1): the curves are fitted to the mean of the two.
var caches = SizeReport.caches(Files.createTempDirectory("curves"), "digits", 5);
var experiment = new SizeExperiment(new CnnSizeTrainer(5), caches);
var points = experiment.run(digits, new int[] {100, 200, 300, 400, 600, 800, 1000, 1437}, 0, 2, Progress.none());
points.forEach(p -> System.out.printf("%5d images: accuracy %.4f ± %.4f in %.1f s%n", p.size(), p.accuracy(), p.std(), p.seconds()));
var fits = Extrapolation.run(points.stream().mapToInt(SizeMean::size).toArray(),
    points.stream().mapToDouble(SizeMean::accuracy).toArray(), 5, 0.97);
for (var f : fits) {
  System.out.println(f.model() + " " + f.parameters());
  f.predictions().stream().filter(Extrapolation.Prediction::extrapolated).forEach(p ->
      System.out.printf("  %5d: predicted %.4f, measured %.4f%n", p.size(), p.predicted(), p.measured()));
  System.out.println("  images for 97%: " + f.sizeForTarget());
}
/exit
