package dev.learninglab.labs.superres.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.learninglab.core.io.AtomicFiles;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.io.TextInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JSON written beside a parameter file ({@code fsrcnn-x3.params} → {@code fsrcnn-x3.json}): the
 * architecture needed to rebuild the network, what it was trained on, and the epoch whose
 * parameters were kept with its validation PSNR.
 */
public record ModelCard(
    int d, int s, int m, int scale, String trainedOn, int bestEpoch, double validationPsnr) {

  public FsrcnnConfig config() {
    return new FsrcnnConfig(d, s, m, scale);
  }

  /** The card's path for a parameter file. */
  public static Path besides(Path params) {
    String name = params.getFileName().toString();
    String stem = name.endsWith(".params") ? name.substring(0, name.length() - 7) : name;
    return params.resolveSibling(stem + ".json");
  }

  public static ModelCard read(InputStream in) throws IOException {
    return mapper().readValue(in, ModelCard.class);
  }

  /** Reads the card beside {@code params}, saying which file is missing or broken. */
  public static ModelCard readBesides(Path params) throws IOException {
    Path card = besides(params);
    if (!Files.isRegularFile(card)) {
      throw new IOException(
          "Model " + params + " has no description " + card.getFileName() + " beside it");
    }
    try (InputStream in = TextInput.open(card, 1 << 20)) {
      return read(in);
    } catch (IOException e) {
      throw new IOException("Model description " + card + " is unreadable: " + e.getMessage(), e);
    }
  }

  public void writeBesides(Path params) throws IOException {
    AtomicFiles.writeString(besides(params), Json.write(this));
  }

  private static ObjectMapper mapper() {
    return Json.mapper();
  }
}
