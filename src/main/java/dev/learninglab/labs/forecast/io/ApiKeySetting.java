package dev.learninglab.labs.forecast.io;

import dev.learninglab.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The learner's Alpha Vantage key as the lab's one setting, {@code forecast/alphavantage-key} in
 * the lab home: set from the Data stage, read by the view and by {@code forecast fetch} when
 * neither {@code --api-key} nor {@code ALPHAVANTAGE_API_KEY} gives one. The file holds the key
 * alone, is written atomically and, where the file system allows, readable by its owner only;
 * nothing else (messages, logs, the CSV) ever holds the key.
 */
public final class ApiKeySetting {
  static final String FILE_NAME = "alphavantage-key";
  private final Path file;

  public ApiKeySetting(Path labHome) {
    this.file = labHome.resolve("forecast").resolve(FILE_NAME);
  }

  /** The saved key, if one is saved and not blank. */
  public Optional<String> read() throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    String key = Files.readString(file).strip();
    return key.isEmpty() ? Optional.empty() : Optional.of(key);
  }

  /** Saves {@code key} (trimmed); a blank key removes the setting. */
  public void save(String key) throws IOException {
    String k = key == null ? "" : key.strip();
    if (k.isEmpty()) {
      Files.deleteIfExists(file);
      return;
    }
    AtomicFiles.writeString(file, k);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }

  /**
   * The key to use: {@code option} ({@code --api-key}), else {@code environment} ({@code
   * ALPHAVANTAGE_API_KEY}), else the saved setting; null when none gives one.
   */
  public String resolve(String option, String environment) throws IOException {
    if (option != null && !option.isBlank()) {
      return option.strip();
    }
    if (environment != null && !environment.isBlank()) {
      return environment.strip();
    }
    return read().orElse(null);
  }
}
