package dev.learninglab.labs.pipeline.model.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry of named datasets a run reads and writes (Kedro's {@code DataCatalog}): explicit
 * entries, dataset factories matched on demand, the parameters as {@code parameters} and {@code
 * params:a.b}, and memory datasets for anything else a node outputs. Thread-safe for the parallel
 * runner.
 */
public final class DataCatalog {
  private final Map<String, Dataset> datasets = new ConcurrentHashMap<>();
  private final Map<String, Object> parameters;
  private final List<DatasetPattern> patterns;
  private final DatasetFactory factory;

  private DataCatalog(
      Map<String, Dataset> explicit,
      List<DatasetPattern> patterns,
      DatasetFactory factory,
      Map<String, Object> params) {
    this.datasets.putAll(explicit);
    this.patterns = patterns;
    this.factory = factory;
    this.parameters = params;
    datasets.put("parameters", new MemoryDataset("parameters", params));
    addParameters("", params);
  }

  /**
   * A catalog from configuration: {@code catalog} entries (some may be patterns) and parameters.
   */
  public static DataCatalog fromConfig(
      Map<String, Object> catalog, Map<String, Object> params, DatasetFactory factory) {
    Map<String, Dataset> explicit = new LinkedHashMap<>();
    List<DatasetPattern> patterns = new ArrayList<>();
    catalog.forEach(
        (key, raw) -> {
          if (DatasetPattern.isPattern(key)) {
            patterns.add(new DatasetPattern(key, DatasetSpec.parse(key, raw)));
          } else {
            explicit.put(key, factory.create(DatasetSpec.parse(key, raw)));
          }
        });
    patterns.sort(DatasetPattern.MOST_SPECIFIC_FIRST);
    return new DataCatalog(explicit, patterns, factory, params);
  }

  /** A catalog of the given datasets only (tests, notebooks). */
  public static DataCatalog of(Map<String, Dataset> datasets, Map<String, Object> params) {
    return new DataCatalog(datasets, List.of(), null, params);
  }

  @SuppressWarnings("unchecked")
  private void addParameters(String prefix, Map<String, Object> params) {
    params.forEach(
        (k, v) -> {
          String key = prefix + k;
          datasets.put("params:" + key, new MemoryDataset("params:" + key, v));
          if (v instanceof Map<?, ?> m) {
            addParameters(key + ".", (Map<String, Object>) m);
          }
        });
  }

  public Map<String, Object> parameters() {
    return parameters;
  }

  /** The dataset registered or matched by a factory, if any. */
  public Optional<Dataset> find(String name) {
    Dataset d = datasets.get(name);
    if (d != null) {
      return Optional.of(d);
    }
    for (DatasetPattern p : patterns) {
      Optional<DatasetSpec> spec = p.match(name);
      if (spec.isPresent()) {
        return Optional.of(datasets.computeIfAbsent(name, n -> factory.create(spec.get())));
      }
    }
    return Optional.empty();
  }

  /** The dataset for a name, a new memory dataset when nothing is configured. */
  public Dataset get(String name) {
    return find(name).orElseGet(() -> datasets.computeIfAbsent(name, MemoryDataset::new));
  }

  public boolean contains(String name) {
    return find(name).isPresent();
  }

  public Object load(String name) {
    Dataset d =
        find(name)
            .orElseThrow(
                () -> new DatasetException("Dataset `" + name + "` is not in the catalog"));
    return d.load();
  }

  public void save(String name, Object value) {
    get(name).save(value);
  }
}
