package dev.learninglab.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a folder holds, byte for byte, to show that a failed run left a checkpoint untouched. */
public final class Checkpoints {

  private Checkpoints() {}

  /** Each file's name and its bytes (Base64, so a failed comparison prints readably). */
  public static Map<String, String> contents(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path f : list.toList()) {
        files.put(
            f.getFileName().toString(), Base64.getEncoder().encodeToString(Files.readAllBytes(f)));
      }
    }
    return files;
  }
}
