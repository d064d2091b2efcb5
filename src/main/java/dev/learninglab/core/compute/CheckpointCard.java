package dev.learninglab.core.compute;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.io.Json;
import java.io.IOException;
import java.time.Instant;

/**
 * The description written beside a checkpoint's weights: which lab made it, how many networks (an
 * ensemble has one weights file per member), the epoch kept with its validation score, when it was
 * written, why the run stopped, and the lab's own object ({@code model}: architecture, vocabulary,
 * data) needed to rebuild the network. Core reads and writes the common fields; the lab owns {@code
 * model}.
 *
 * @param score the validation score of the kept epoch (PSNR, BLEU-4, ROC-AUC: the lab says which);
 *     null when unknown (the ensemble shipped before cards said)
 * @param created an ISO-8601 instant
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CheckpointCard(
    String lab,
    int members,
    int epoch,
    Double score,
    String created,
    StopReason stopReason,
    JsonNode model) {

  /** A card written now, during a run that is still going, for the lab's {@code model} object. */
  public static CheckpointCard of(String lab, int members, int epoch, double score, Object model) {
    return new CheckpointCard(
        lab,
        members,
        epoch,
        Double.isFinite(score) ? score : null,
        Instant.now().toString(),
        StopReason.RUNNING,
        Json.mapper().valueToTree(model));
  }

  /** The same card saying why the run stopped. */
  public CheckpointCard stopped(StopReason reason) {
    return new CheckpointCard(lab, members, epoch, score, created, reason, model);
  }

  /** The lab's object, read as {@code type}; {@code where} names the card in errors. */
  public <T> T model(Class<T> type, String where) throws IOException {
    try {
      return Json.mapper().treeToValue(model, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IOException(
          where + " does not describe a " + lab + " model: " + firstLine(e.getMessage()), e);
    }
  }

  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
