package dev.learninglab.core.compute;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.learninglab.core.io.AtomicFiles;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.io.TextInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Remembers the self-check's verdict per machine, natives and instruction-set limit, so that the
 * check runs once, not at every start. The key changes with the CPU (its model and feature flags),
 * the bundled natives and the limit in force; a damaged file is treated as empty.
 */
final class VerdictCache {
  private static final long MAX_BYTES = 64 * 1024;
  private final Path file;

  VerdictCache(Path file) {
    this.file = file;
  }

  Optional<EngineVerdict> get(String key) {
    return Optional.ofNullable(read().get(key));
  }

  void put(String key, EngineVerdict verdict) throws IOException {
    Map<String, EngineVerdict> all = read();
    all.put(key, verdict);
    Files.createDirectories(file.getParent());
    AtomicFiles.writeString(file, Json.write(all));
  }

  private Map<String, EngineVerdict> read() {
    if (!Files.isRegularFile(file)) {
      return new LinkedHashMap<>();
    }
    try {
      return Json.mapper().readValue(TextInput.read(file, MAX_BYTES), new TypeReference<>() {});
    } catch (IOException | RuntimeException e) {
      return new LinkedHashMap<>();
    }
  }

  /** This machine's key for the natives and limit in force. */
  static String key(String natives, String isaLimit) {
    return String.join("|", System.getProperty("os.arch"), cpuFingerprint(), natives, isaLimit);
  }

  /** The CPU's model and feature flags (Linux), hashed; the architecture alone elsewhere. */
  private static String cpuFingerprint() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(cpuinfo)) {
      return "cpu-unknown";
    }
    try (Stream<String> lines = Files.lines(cpuinfo, StandardCharsets.UTF_8)) {
      String described =
          lines
              .filter(l -> l.startsWith("model name") || l.startsWith("flags"))
              .limit(2)
              .reduce("", String::concat);
      return UUID.nameUUIDFromBytes(described.getBytes(StandardCharsets.UTF_8)).toString();
    } catch (IOException | RuntimeException e) {
      return "cpu-unknown";
    }
  }
}
