package dev.learninglab.labs.pipeline.model.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * Kedro's versioned layout: a dataset with {@code filepath: data/06_models/regressor.json} is saved
 * as {@code data/06_models/regressor.json/<timestamp>/regressor.json}; a load reads the pinned
 * version or else the latest one (timestamps sort as text).
 *
 * @param loadVersion the pinned version, or null for the latest
 * @param saveVersion the version this run saves under
 */
public record Versioning(String loadVersion, String saveVersion) {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH.mm.ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static Instant last = Instant.EPOCH;

  /**
   * A fresh save version in Kedro's format; successive calls never repeat, so two quick runs do not
   * collide.
   */
  public static synchronized String newVersion() {
    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    if (!now.isAfter(last)) {
      now = last.plusMillis(1);
    }
    last = now;
    return FORMAT.format(now);
  }

  /** Existing versions under the dataset's folder, oldest first. */
  public static List<String> list(Path filepath) {
    if (!Files.isDirectory(filepath)) {
      return List.of();
    }
    Path file = filepath.getFileName();
    try (Stream<Path> dirs = Files.list(filepath)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve(file)))
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new DatasetException(
          "Cannot list versions under " + filepath + ": " + e.getMessage(), e);
    }
  }

  Path loadPath(Path filepath, String name) {
    String version = loadVersion;
    if (version == null) {
      List<String> all = list(filepath);
      if (all.isEmpty()) {
        throw new DatasetException("Dataset `" + name + "` has no saved version under " + filepath);
      }
      version = all.get(all.size() - 1);
    }
    Path p = filepath.resolve(version).resolve(filepath.getFileName());
    if (!Files.isRegularFile(p)) {
      throw new DatasetException(
          "Dataset `"
              + name
              + "` has no version "
              + version
              + " (versions: "
              + list(filepath)
              + ")");
    }
    return p;
  }

  Path savePath(Path filepath, String name) {
    Path p = filepath.resolve(saveVersion).resolve(filepath.getFileName());
    if (Files.exists(p)) {
      throw new DatasetException(
          "Dataset `"
              + name
              + "` already has version "
              + saveVersion
              + " at "
              + p
              + ": versions are never overwritten");
    }
    return p;
  }
}
