package dev.learninglab.labs.naivebayes.model;

import dev.learninglab.core.learn.Matrix;
import java.util.ArrayList;
import java.util.List;

/**
 * The tutorial's derivation for one point, with the fitted numbers: for every class the prior, each
 * feature's mean, standard deviation and normal density at the point, their product with the prior
 * (the unnormalised score), and then the normalisation — both the tutorial's way in linear space
 * and the stable way in log space, so the two can be shown side by side.
 *
 * @param point the feature values being classified
 * @param classes one entry per class, in sorted label order
 * @param evidence sum of the linear scores, p(x) up to the shared factor (may underflow to 0)
 * @param linearPosterior scores / evidence: NaN when every score underflowed to 0
 * @param logEvidence log-sum-exp of the log scores
 * @param posterior exp(log score - log evidence): always defined
 */
public record Derivation(
    double[] point,
    List<ClassTerms> classes,
    double evidence,
    double[] linearPosterior,
    double logEvidence,
    double[] posterior) {

  /**
   * One class's part of the derivation.
   *
   * @param label the class label
   * @param prior P(c)
   * @param mean per feature
   * @param std per feature: sqrt of the fitted variance (epsilon included)
   * @param density per feature: the normal density N(x_i; mean, std²)
   * @param score prior times the product of the densities, in linear space
   * @param logScore log prior plus the sum of log densities
   */
  public record ClassTerms(
      int label,
      double prior,
      double[] mean,
      double[] std,
      double[] density,
      double score,
      double logScore) {}

  /** Explains how {@code model} classifies {@code point}. */
  public static Derivation of(GaussianNaiveBayes model, double[] point) {
    int[] labels = model.classes();
    Matrix theta = model.theta();
    Matrix var = model.var();
    double[] prior = model.classPrior();
    double[] logScores =
        model.predictJointLogProba(new Matrix(point.clone(), 1, point.length)).data();
    List<ClassTerms> terms = new ArrayList<>();
    double evidence = 0;
    for (int c = 0; c < labels.length; c++) {
      double[] mean = theta.row(c);
      double[] std = new double[point.length];
      double[] density = new double[point.length];
      double score = prior[c];
      for (int j = 0; j < point.length; j++) {
        std[j] = Math.sqrt(var.get(c, j));
        density[j] = NormalDensity.pdf(point[j], mean[j], std[j]);
        score *= density[j];
      }
      evidence += score;
      terms.add(new ClassTerms(labels[c], prior[c], mean, std, density, score, logScores[c]));
    }
    double[] linear = new double[labels.length];
    for (int c = 0; c < labels.length; c++) {
      linear[c] = terms.get(c).score() / evidence;
    }
    double logEvidence = LogSumExp.of(logScores, 0, logScores.length);
    double[] posterior = new double[labels.length];
    for (int c = 0; c < labels.length; c++) {
      posterior[c] = Math.exp(logScores[c] - logEvidence);
    }
    return new Derivation(
        point.clone(), List.copyOf(terms), evidence, linear, logEvidence, posterior);
  }

  /** True when the linear-space way failed here (every score 0, so 0/0). */
  public boolean linearUnderflow() {
    return !(evidence > 0);
  }
}
