package dev.learninglab.labs.gauntlet.model.run;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The class path the JShell VM gets: the app's own. From the shaded jar that is the jar itself (it
 * holds Tablesaw, XChart and the probe); from classes it is {@code target/classes} plus the
 * dependency jars. Jars that only carry a manifest {@code Class-Path} (as test runners use) are
 * expanded, because JShell's compiler and loader are handed plain paths.
 */
public final class ClassPaths {
  private ClassPaths() {}

  public static List<String> current() {
    Set<String> out = new LinkedHashSet<>();
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        add(Path.of(entry).toAbsolutePath(), out);
      }
    }
    return new ArrayList<>(out);
  }

  private static void add(Path entry, Set<String> out) {
    if (!out.add(entry.toString())
        || !entry.toString().endsWith(".jar")
        || !Files.isRegularFile(entry)) {
      return;
    }
    for (Path referenced : manifestClassPath(entry)) {
      add(referenced, out);
    }
  }

  private static List<Path> manifestClassPath(Path jar) {
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      String cp = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
      if (cp == null || cp.isBlank()) {
        return List.of();
      }
      List<Path> out = new ArrayList<>();
      for (String item : cp.trim().split("\\s+")) {
        URI uri = jar.toUri().resolve(item);
        out.add("file".equals(uri.getScheme()) ? Path.of(uri) : Path.of(item));
      }
      return out;
    } catch (IOException | IllegalArgumentException e) {
      // an unreadable manifest only means no extra entries; the jar itself stays on the path
      return List.of();
    }
  }
}
