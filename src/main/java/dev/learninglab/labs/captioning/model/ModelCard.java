package dev.learninglab.labs.captioning.model;

import dev.learninglab.core.io.AtomicFiles;
import dev.learninglab.core.io.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * What is needed to rebuild a trained captioner and what it achieved, saved as {@code <id>.json}
 * beside {@code <id>.params}: the model kind, the vocabulary in index order, the step limit, the
 * data it was trained on, the seed, and the epoch kept (best validation BLEU-4).
 */
public record ModelCard(
    String model,
    List<String> vocabulary,
    int steps,
    String dataset,
    long dataSeed,
    int seed,
    int epochs,
    int bestEpoch,
    double validationBleu4,
    double seconds) {

  public ModelKind kind() {
    return ModelKind.parse(model);
  }

  /** The parameters' file name beside the card. */
  public static String paramsName(ModelKind kind) {
    return kind.id() + ".params";
  }

  /** The card's file name. */
  public static String cardName(ModelKind kind) {
    return kind.id() + ".json";
  }

  /** Writes {@code <id>.json} into {@code dir}. */
  public void write(Path dir) throws IOException {
    AtomicFiles.writeString(dir.resolve(cardName(kind())), Json.write(this));
  }

  /** Reads a card file. */
  public static ModelCard read(Path file) throws IOException {
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /** Reads a card; {@code where} names it in errors. */
  public static ModelCard read(InputStream in, String where) throws IOException {
    try {
      return Json.mapper().readValue(in, ModelCard.class);
    } catch (IOException e) {
      throw new IOException(where + " is not a captioning model card: " + e.getMessage(), e);
    }
  }
}
