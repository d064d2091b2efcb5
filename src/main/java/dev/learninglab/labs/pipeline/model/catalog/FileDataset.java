package dev.learninglab.labs.pipeline.model.catalog;

import dev.learninglab.core.io.AtomicFiles;
import dev.learninglab.core.io.Quote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A dataset stored in one file, optionally versioned; subclasses say how to read and write the
 * format. Saves go through {@link AtomicFiles#writeFile} (temp file, fsync, rename), so a failing
 * or killed run never leaves half a file, and a folder or device at the path is refused.
 */
public abstract class FileDataset implements Dataset {
  protected final String name;
  private final Path filepath;
  private final Versioning versioning;

  protected FileDataset(String name, Path filepath, Versioning versioning) {
    this.name = name;
    this.filepath = filepath;
    this.versioning = versioning;
  }

  protected abstract Object read(Path file) throws IOException;

  protected abstract void write(Path file, Object value) throws IOException;

  public Path filepath() {
    return filepath;
  }

  public boolean versioned() {
    return versioning != null;
  }

  @Override
  public Object load() {
    Path file = resolveLoad();
    try {
      return read(file);
    } catch (IOException | RuntimeException e) {
      if (e instanceof DatasetException de) {
        throw de;
      }
      throw new DatasetException(
          "Cannot load dataset `"
              + name
              + "` ("
              + type()
              + ") from "
              + file
              + ": "
              + firstLineOf(e),
          e);
    }
  }

  /**
   * The first line of a library's message, quoted safely: CSV parsers put the whole offending input
   * and their settings into the message, binary input would reach the terminal raw.
   */
  private static String firstLineOf(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return Quote.excerpt(message.lines().findFirst().orElse(""));
  }

  protected Path resolveLoad() {
    if (versioning != null) {
      return versioning.loadPath(filepath, name);
    }
    if (!Files.isRegularFile(filepath)) {
      throw new DatasetException(
          "Dataset `" + name + "` (" + type() + "): file " + filepath + " does not exist");
    }
    return filepath;
  }

  @Override
  public void save(Object value) {
    Path file = versioning == null ? filepath : versioning.savePath(filepath, name);
    try {
      AtomicFiles.writeFile(file, tmp -> write(tmp, value));
    } catch (IOException | RuntimeException e) {
      throw new DatasetException(
          "Cannot save dataset `" + name + "` (" + type() + ") to " + file + ": " + firstLineOf(e),
          e);
    }
  }

  @Override
  public boolean exists() {
    return versioning != null ? !versions().isEmpty() : Files.isRegularFile(filepath);
  }

  @Override
  public List<String> versions() {
    return versioning == null ? List.of() : Versioning.list(filepath);
  }

  @Override
  public Optional<Path> loadPath() {
    try {
      return exists() ? Optional.of(resolveLoad()) : Optional.empty();
    } catch (DatasetException e) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<Path> fingerprintPath() {
    return Optional.of(filepath.resolveSibling(filepath.getFileName() + ".fingerprint"));
  }

  @Override
  public String toString() {
    return type() + " " + filepath + (versioned() ? " (versioned)" : "");
  }
}
