package dev.learninglab.labs.pipeline.model.project;

import dev.learninglab.labs.pipeline.model.Pipeline;
import java.util.List;
import java.util.Map;

/**
 * The code half of a project (what Kedro keeps in {@code src/<package>/pipelines}): its pipelines
 * by name, the model classes its {@code model} datasets hold, the datasets whose values are the
 * run's metrics, and the template files {@code pipeline new} writes.
 */
public interface ProjectDefinition {
  String starter();

  /** The pipelines, {@code __default__} included. */
  Map<String, Pipeline> pipelines();

  default Map<String, Class<?>> modelTypes() {
    return Map.of();
  }

  /** Datasets (json) whose contents are reported as the run's metrics. */
  default List<String> metricsDatasets() {
    return List.of();
  }

  /** Template files, relative to the starter's resource folder. */
  List<String> templateFiles();
}
