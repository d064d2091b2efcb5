// Understanding by implementing: Gaussian naive Bayes — the tutorial, step by step, in JShell.
// Run from the repository root:
//   jshell --class-path target/learning-lab.jar notebooks-equivalent/naive-bayes.jsh
// (or, without the shaded jar: --class-path target/classes:$(cat cp.txt))

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.Progress;
import dev.learninglab.core.learn.*;
import dev.learninglab.labs.naivebayes.model.*;
import java.util.Arrays;

// --- The data: make_blobs(n_samples=20, centers=[(0,0),(5,5),(-5,5)], random_state=0) -------
// The exact 20 points ship with the app; classes c1=0, c2=1, c3=2.
LabelledData blobs = LabDatasets.BLOBS20.load(DatasetResolver.standard(), Progress.none());
Matrix X = blobs.x();
int[] y = blobs.y();
System.out.println(blobs);

// --- Training, part 1: the class probabilities p(c) = relative class frequencies -------------
// 7 of 20 points are class 0, 7 are class 1, 6 are class 2: p = [0.35, 0.35, 0.3].
double[] prior = new double[3];
for (int label : y) prior[label] += 1.0 / y.length;
System.out.println("priors " + Arrays.toString(prior));

// --- Training, part 2: per class and feature, the mean and the (population) std ----------------
// Filter the rows of class c, then take each column's mean and std — 3 x 2 = 6 of each.
double[][] means = new double[3][2], stds = new double[3][2];
for (int c = 0; c < 3; c++) {
  final int cls = c;
  int[] rows = java.util.stream.IntStream.range(0, y.length).filter(i -> y[i] == cls).toArray();
  Matrix Xc = X.selectRows(rows);
  for (int j = 0; j < 2; j++) {
    final int col = j;
    double m = java.util.stream.IntStream.range(0, rows.length).mapToDouble(i -> Xc.get(i, col)).average().getAsDouble();
    double v = java.util.stream.IntStream.range(0, rows.length).mapToDouble(i -> Math.pow(Xc.get(i, col) - m, 2)).average().getAsDouble();
    means[c][j] = m;
    stds[c][j] = Math.sqrt(v);
  }
}
System.out.println("means " + Arrays.deepToString(means));   // [[0.909, 0.500], [5.411, 4.649], [-4.784, 5.154]]
System.out.println("stds  " + Arrays.deepToString(stds));    // [[0.685, 0.979], [1.402, 0.671], [0.882, 1.129]]

// --- Prediction for x = (-2, 5): p(c) * prod_i N(x_i; mean, std) for each class ---------------
double[] xNew = {-2, 5};
double[] scores = new double[3];
for (int c = 0; c < 3; c++) {
  scores[c] = prior[c];
  for (int j = 0; j < 2; j++) scores[c] *= NormalDensity.pdf(xNew[j], means[c][j], stds[c][j]);
  System.out.printf("Probability for class %d: %.12f%n", c, scores[c]);   // 0.000000000263, 0.000000044359, 0.000325643718
}
// Not probabilities yet (we ignored p(x)): divide by their sum.
double sum = Arrays.stream(scores).sum();
System.out.println("p(c|x) " + Arrays.toString(Arrays.stream(scores).map(s -> s / sum).toArray()));

// --- The full classifier -----------------------------------------------------------------------
// GaussianNaiveBayes does all of the above, with scikit-learn's semantics, in log space.
// var_smoothing 0 is the tutorial's own class; 1e-9 is scikit-learn's default.
Matrix points = Matrix.of(TutorialReference.POINTS);            // (-2,5), (0,0), (6,-0.3)
GaussianNaiveBayes mine = new GaussianNaiveBayes().varSmoothing(0).fit(X, y);
System.out.println("ours, var_smoothing 0:    " + Arrays.deepToString(mine.predictProba(points).toArray()));
System.out.println("predict: " + Arrays.toString(mine.predict(points)));   // [2, 0, 1]

// --- Testing against scikit-learn --------------------------------------------------------------
// The tutorial printed GaussianNB()'s numbers; with the default var_smoothing=1e-9 ours round to them.
GaussianNaiveBayes sk = new GaussianNaiveBayes().fit(X, y);
Matrix p = sk.predictProba(points);
for (int i = 0; i < 3; i++)
  for (int c = 0; c < 3; c++)
    System.out.printf("point %d class %d: ours %.8e, scikit-learn printed %.8e%n", i, c, p.get(i, c), TutorialReference.SKLEARN_PROBA[i][c]);

// --- Why "numerically unstable"? --------------------------------------------------------------
// Far from the data every product underflows to 0 and the tutorial's division is 0/0.
Matrix far = Matrix.of(new double[][] {{60, -60}});
System.out.println("linear space at (60,-60): " + Arrays.toString(LinearSpaceNaiveBayes.predictProba(sk, far).data()));
System.out.println("log space at (60,-60):    " + Arrays.toString(sk.predictProba(far).data()));

// --- The decision regions, as text: which class wins on a coarse grid ----------------------------
RegionGrid grid = RegionGrid.of(sk, -9, 10, -4, 10, 39, 15, false);
for (int r = grid.ny() - 1; r >= 0; r--) {
  StringBuilder line = new StringBuilder();
  for (int c = 0; c < grid.nx(); c++) line.append("012".charAt(grid.winner()[r * grid.nx() + c]));
  System.out.println(line);
}

// --- The other flavours the tutorial mentions ----------------------------------------------------
// Bernoulli for 0/1 features, multinomial for counts: 10-fold accuracy on the 8x8 digits.
LabelledData digits = LabDatasets.DIGITS.load(DatasetResolver.standard(), Progress.none());
System.out.printf("digits, Gaussian:             %.4f%n", CrossValidation.meanScore(GaussianNaiveBayes::new, digits.x(), digits.y(), 10));
System.out.printf("digits, multinomial alpha=10: %.4f%n", CrossValidation.meanScore(() -> new MultinomialNaiveBayes().alpha(10), digits.x(), digits.y(), 10));
System.out.printf("digits, Bernoulli pixel > 4:  %.4f%n", CrossValidation.meanScore(() -> new BernoulliNaiveBayes().binarize(4).alpha(10), digits.x(), digits.y(), 10));
/exit
