package dev.learninglab.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Checksums of catalogued files (SHA-256, or MD5 where that is all the publisher gives), as hex;
 * and the SHA-256 of any file, which names a file by its content.
 */
public final class Sha256 {
  private Sha256() {}

  static MessageDigest digest() {
    return digest("SHA-256");
  }

  /** The digest that verifies {@code file}. */
  static MessageDigest digestFor(DatasetFile file) {
    return digest(file.sha256() != null ? "SHA-256" : "MD5");
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has " + algorithm, e);
    }
  }

  /** The SHA-256 of {@code path}'s content, as lower-case hex. */
  public static String of(Path path) throws IOException {
    return of(path, digest());
  }

  static String of(Path path, MessageDigest md) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        md.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** True when {@code path} is a regular file whose checksum is the catalogued one. */
  static boolean matches(Path path, DatasetFile file) throws IOException {
    return Files.isRegularFile(path) && of(path, digestFor(file)).equalsIgnoreCase(file.checksum());
  }
}
