package dev.learninglab.core.compute;

import ai.djl.Model;

/**
 * Scores a model after an epoch, higher is better (PSNR, accuracy, negative loss). The loop
 * keeps the parameters of the best-scoring epoch.
 */
@FunctionalInterface
public interface Validator {
  double score(Model model) throws Exception;
}
