package dev.learninglab.core.compute;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The bundled PyTorch natives' version, read from their jar without loading them. */
final class NativeVersion {
  private NativeVersion() {}

  static String current() {
    try (InputStream in =
        NativeVersion.class.getResourceAsStream("/native/lib/pytorch.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown")
          + "-"
          + properties.getProperty("flavor", "");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
