package dev.learninglab.labs.pipeline.model.catalog;

import dev.learninglab.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A dataset stored in one file, optionally versioned; subclasses say how to read and write the
 * format. Saves are atomic (temp file + rename), so a failing run never leaves half a file.
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
              + e.getMessage(),
          e);
    }
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
      Path tmp = AtomicFiles.temporarySibling(file, ".tmp");
      try {
        write(tmp, value);
        AtomicFiles.moveIntoPlace(tmp, file);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException | RuntimeException e) {
      throw new DatasetException(
          "Cannot save dataset `" + name + "` (" + type() + ") to " + file + ": " + e.getMessage(),
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
