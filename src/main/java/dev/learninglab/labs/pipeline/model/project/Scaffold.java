package dev.learninglab.labs.pipeline.model.project;

import dev.learninglab.core.io.AtomicFiles;
import dev.learninglab.labs.pipeline.model.PipelineException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Writes a new project folder from a starter: Kedro's standard layout, conf and a README. */
public final class Scaffold {
  /** Kedro's data layers. */
  public static final List<String> DATA_LAYERS =
      List.of(
          "01_raw",
          "02_intermediate",
          "03_primary",
          "04_feature",
          "05_model_input",
          "06_models",
          "07_model_output",
          "08_reporting");

  private Scaffold() {}

  public static Path create(Path dir, String starter) throws IOException {
    ProjectDefinition def = Starters.get(starter);
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new PipelineException(
          "Cannot create a project in " + dir + ": it is a file; name a new or empty folder");
    }
    if (Files.exists(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        if (s.findAny().isPresent()) {
          throw new PipelineException(
              "Cannot create a project in " + dir + ": the folder is not empty");
        }
      }
    }
    for (String layer : DATA_LAYERS) {
      Files.createDirectories(dir.resolve("data").resolve(layer));
    }
    for (String file : def.templateFiles()) {
      String resource = "/pipeline/starters/" + starter + "/" + file;
      try (InputStream in = Scaffold.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("starter resource missing: " + resource);
        }
        AtomicFiles.write(dir.resolve(file), in::transferTo);
      }
    }
    return dir;
  }
}
