package dev.learninglab.labs.editdistance.model;

import java.util.List;

/**
 * The package matcher's result, with the tutorial's accuracy and the fairer one.
 *
 * @param total packages in the first list
 * @param correct best matches that name the same package
 * @param accuracy {@code correct / total}, the tutorial's figure
 * @param matchable packages of the first list whose name occurs in the second
 * @param matchableAccuracy {@code correct / matchable}, or null when nothing is matchable
 * @param matches one per package of the first list, in file order
 * @param unmatched packages of the first list whose name is not in the second: no match can be
 *     right for them
 */
public record MatchReport(
    int total,
    int correct,
    double accuracy,
    int matchable,
    Double matchableAccuracy,
    List<Match> matches,
    List<String> unmatched) {

  public MatchReport {
    matches = List.copyOf(matches);
    unmatched = List.copyOf(unmatched);
  }
}
