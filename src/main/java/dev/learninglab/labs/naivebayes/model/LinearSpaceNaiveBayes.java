package dev.learninglab.labs.naivebayes.model;

import dev.learninglab.core.learn.Matrix;

/**
 * The tutorial's own prediction, kept for teaching: multiply the prior by every feature's density
 * in linear space and divide by the sum. Far from the data every product underflows to 0 and the
 * result is 0/0 = NaN; the lab shows that next to {@link NaiveBayes#predictProba}.
 */
public final class LinearSpaceNaiveBayes {
  private LinearSpaceNaiveBayes() {}

  /** P(c|x) computed in linear space; rows where every score underflowed are NaN. */
  public static Matrix predictProba(GaussianNaiveBayes model, Matrix x) {
    Matrix theta = model.theta();
    Matrix var = model.var();
    double[] prior = model.classPrior();
    int k = prior.length;
    int d = x.cols();
    double[] out = new double[x.rows() * k];
    for (int i = 0; i < x.rows(); i++) {
      double sum = 0;
      for (int c = 0; c < k; c++) {
        double score = prior[c];
        for (int j = 0; j < d; j++) {
          score *= NormalDensity.pdf(x.get(i, j), theta.get(c, j), Math.sqrt(var.get(c, j)));
        }
        out[i * k + c] = score;
        sum += score;
      }
      for (int c = 0; c < k; c++) {
        out[i * k + c] /= sum;
      }
    }
    return new Matrix(out, x.rows(), k);
  }
}
