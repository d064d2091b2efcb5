package dev.learninglab.labs.pipeline.model.project;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.pipeline.model.Pipeline;
import dev.learninglab.labs.pipeline.model.PipelineException;
import dev.learninglab.labs.pipeline.model.catalog.ConfigLoader;
import dev.learninglab.labs.pipeline.model.catalog.DataCatalog;
import dev.learninglab.labs.pipeline.model.catalog.DatasetFactory;
import dev.learninglab.labs.pipeline.model.catalog.SafeYaml;
import dev.learninglab.labs.pipeline.model.catalog.Versioning;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * A project folder ({@code project.yml}, {@code conf/}, {@code data/}, {@code logs/runs/}) tied to
 * the starter code that defines its pipelines.
 */
public final class Project {
  private final Path dir;
  private final String name;
  private final ProjectDefinition definition;
  private final Supplier<DatasetResolver> resolver;

  private Project(
      Path dir, String name, ProjectDefinition definition, Supplier<DatasetResolver> resolver) {
    this.dir = dir;
    this.name = name;
    this.definition = definition;
    this.resolver = resolver;
  }

  /** Opens a project folder, resolving catalogued raw data with the standard resolver. */
  public static Project open(Path dir) {
    return open(dir, DatasetResolver::standard);
  }

  public static Project open(Path dir, Supplier<DatasetResolver> resolver) {
    Path marker = dir.resolve("project.yml");
    if (!Files.isRegularFile(marker)) {
      throw new PipelineException(
          dir
              + " is not a pipeline project (no project.yml); create one with `learning-lab pipeline new DIR --starter hello`");
    }
    Map<String, Object> meta = SafeYaml.readMap(marker);
    Object starter = meta.get("starter");
    if (starter == null) {
      throw new PipelineException(marker + " has no `starter:` (one of " + Starters.names() + ")");
    }
    String name = String.valueOf(meta.getOrDefault("name", dir.getFileName()));
    return new Project(dir, name, Starters.get(String.valueOf(starter)), resolver);
  }

  public Path dir() {
    return dir;
  }

  public String name() {
    return name;
  }

  public ProjectDefinition definition() {
    return definition;
  }

  public List<String> pipelineNames() {
    return List.copyOf(new TreeSet<>(definition.pipelines().keySet()));
  }

  public Pipeline pipeline(String pipelineName) {
    Pipeline p = definition.pipelines().get(pipelineName);
    if (p == null) {
      throw new PipelineException(
          "Project "
              + name
              + " has no pipeline `"
              + pipelineName
              + "` (pipelines: "
              + pipelineNames()
              + ")");
    }
    return p;
  }

  public ConfigLoader config() {
    return new ConfigLoader(dir.resolve("conf"));
  }

  /**
   * The parameters from conf, with dotted-key overrides applied ({@code model_options.test_size}).
   */
  public Map<String, Object> parameters(Map<String, Object> overrides) {
    return Parameters.withOverrides(config().parameters(), overrides);
  }

  /** A fresh catalog for one run: its versioned datasets save under one new timestamp. */
  public DataCatalog catalog(Map<String, Object> overrides) {
    DatasetFactory factory =
        new DatasetFactory(
            dir,
            Versioning.newVersion(),
            definition.modelTypes(),
            (id, file) -> resolver.get().resolveFile(id, file, Progress.none()));
    return DataCatalog.fromConfig(config().catalog(), parameters(overrides), factory);
  }

  public Path runsDir() {
    return dir.resolve("logs").resolve("runs");
  }
}
