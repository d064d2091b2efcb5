package dev.learninglab.labs.editdistance.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.learninglab.labs.editdistance.model.CodePoints;
import dev.learninglab.labs.editdistance.model.Costs;
import dev.learninglab.labs.editdistance.model.DpMatrix;
import dev.learninglab.labs.editdistance.model.EditDistance;
import dev.learninglab.labs.editdistance.model.EditStep;
import java.util.List;

/**
 * What {@code learning-lab edit-distance SOURCE TARGET} prints.
 *
 * <p>Absent values: {@code operations} is null (with a {@code note}) when the strings are too long
 * to keep a backtrace; {@code matrix} is left out when either string is longer than {@value
 * #MATRIX_LIMIT} characters; {@code note} is left out when there is nothing to say. In each
 * operation {@code from} is null for an insert and {@code to} is null for a delete.
 */
@JsonPropertyOrder({"distance", "operations", "matrix", "note"})
record DistanceResult(
    long distance,
    List<EditStep> operations,
    @JsonInclude(JsonInclude.Include.NON_NULL) long[][] matrix,
    @JsonInclude(JsonInclude.Include.NON_NULL) String note) {

  /** Strings longer than this (in code points) get no matrix. */
  static final int MATRIX_LIMIT = 64;

  static DistanceResult of(String source, String target, Costs costs) {
    boolean small =
        CodePoints.length(source) <= MATRIX_LIMIT && CodePoints.length(target) <= MATRIX_LIMIT;
    if (small) {
      DpMatrix m = DpMatrix.of(source, target, costs);
      return new DistanceResult(m.distance(), m.script().steps(), m.costs2d(), null);
    }
    long distance = EditDistance.distance(source, target, costs);
    return EditDistance.script(source, target, costs)
        .map(s -> new DistanceResult(distance, s.steps(), null, null))
        .orElseGet(
            () ->
                new DistanceResult(
                    distance,
                    null,
                    null,
                    "no operations: the backtrace needs one byte per matrix cell and these strings need more than "
                        + EditDistance.maxScriptCells()));
  }
}
