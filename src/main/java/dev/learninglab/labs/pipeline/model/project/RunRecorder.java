package dev.learninglab.labs.pipeline.model.project;

import dev.learninglab.labs.pipeline.model.run.Hooks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** A hook that notes every dataset load and save with its time, for the run record. */
final class RunRecorder implements Hooks {
  private final List<Map<String, Object>> datasets =
      Collections.synchronizedList(new ArrayList<>());

  @Override
  public void afterDatasetLoad(String dataset, Object value, double seconds) {
    datasets.add(Map.of("dataset", dataset, "op", "load", "seconds", seconds));
  }

  @Override
  public void afterDatasetSave(String dataset, double seconds) {
    datasets.add(Map.of("dataset", dataset, "op", "save", "seconds", seconds));
  }

  List<Map<String, Object>> datasets() {
    synchronized (datasets) {
      return List.copyOf(datasets);
    }
  }
}
