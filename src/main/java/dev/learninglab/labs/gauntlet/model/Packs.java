package dev.learninglab.labs.gauntlet.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The drill packs shipped as resources under {@code /gauntlet/<id>.pack}. */
public final class Packs {
  /** Pack ids, in the order the lab offers them. */
  public static final List<String> IDS =
      List.of(
          "wrangling",
          "java-basics",
          "arrays",
          "tables",
          "charts",
          "machine-learning",
          "images",
          "text",
          "deep-learning");

  private static final Map<String, Pack> CACHE = new ConcurrentHashMap<>();

  private Packs() {}

  public static Pack load(String id) {
    if (!IDS.contains(id)) {
      throw new IllegalArgumentException(
          "Unknown drill pack `" + id + "` (packs: " + String.join(", ", IDS) + ")");
    }
    return CACHE.computeIfAbsent(id, Packs::read);
  }

  private static Pack read(String id) {
    String resource = "/gauntlet/" + id + ".pack";
    try (InputStream in = Packs.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "Drill pack resource " + resource + " is missing from the class path");
      }
      return PackReader.read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read drill pack " + resource, e);
    }
  }
}
