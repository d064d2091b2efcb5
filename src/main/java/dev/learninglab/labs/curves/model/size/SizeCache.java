package dev.learninglab.labs.curves.model.size;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.learninglab.core.io.AtomicFiles;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.io.ProcessLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The measured points of one experiment (dataset, epochs, seed) kept as JSON on disk, so a curve
 * can be revisited and extended instead of retrained. Each point is written as soon as it is
 * measured; a cancelled run keeps the points it finished.
 *
 * <p>Processes measuring into one cache (three {@code curves size} at once) take turns for each
 * point: the file is read, the point merged in and the file replaced while holding a lock on {@code
 * .NAME.lock} beside it, so no process writes back a list that lacks another's new points.
 */
public final class SizeCache {
  private final Path file;

  public SizeCache(Path dir, String dataset, int epochs, int seed) {
    this.file = dir.resolve("size-" + dataset + "-e" + epochs + "-seed" + seed + ".json");
  }

  public Path file() {
    return file;
  }

  /** The cached points by size, ascending; empty when nothing was measured yet. */
  public synchronized List<SizePoint> points() throws IOException {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return Json.mapper().readValue(file.toFile(), new TypeReference<List<SizePoint>>() {});
    } catch (IOException e) {
      throw new IOException(
          "The size-curve cache "
              + file
              + " is unreadable ("
              + e.getMessage()
              + "); delete it to measure again",
          e);
    }
  }

  public synchronized Optional<SizePoint> get(int size) throws IOException {
    return points().stream().filter(p -> p.size() == size).findFirst();
  }

  public synchronized void put(SizePoint point) throws IOException {
    Files.createDirectories(file.getParent());
    try (ProcessLock turn = ProcessLock.hold(lockFile())) {
      List<SizePoint> all = new ArrayList<>(points());
      all.removeIf(p -> p.size() == point.size());
      all.add(point);
      all.sort(Comparator.comparingInt(SizePoint::size));
      AtomicFiles.writeString(file, Json.write(all));
    }
  }

  /** The lock file that writers of this cache take turns on. */
  Path lockFile() {
    return file.resolveSibling("." + file.getFileName() + ".lock");
  }
}
