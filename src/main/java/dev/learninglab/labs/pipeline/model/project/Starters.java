package dev.learninglab.labs.pipeline.model.project;

import dev.learninglab.labs.pipeline.model.PipelineException;
import dev.learninglab.labs.pipeline.model.project.spaceflights.SpaceflightsProject;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The project starters this app knows ({@code pipeline new --starter NAME}). */
public final class Starters {
  private static final Map<String, ProjectDefinition> ALL =
      Map.of("hello", new HelloProject(), "spaceflights", new SpaceflightsProject());

  private Starters() {}

  public static ProjectDefinition get(String name) {
    ProjectDefinition d = ALL.get(name);
    if (d == null) {
      throw new PipelineException("Unknown starter `" + name + "` (starters: " + names() + ")");
    }
    return d;
  }

  public static List<String> names() {
    return List.copyOf(new TreeSet<>(ALL.keySet()));
  }
}
