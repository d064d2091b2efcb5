package dev.learninglab.core.data;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The list of every dataset the labs use, read from {@code data/catalog.json} (in the jar as
 * {@value #RESOURCE}). The file is written by {@code scripts/make-catalog.py}.
 */
public final class DatasetCatalog {
  /** Where bundled data lives on the class path. */
  public static final String RESOURCE_ROOT = "/learninglab/data/";

  static final String RESOURCE = RESOURCE_ROOT + "catalog.json";

  private final List<Dataset> datasets;

  public DatasetCatalog(List<Dataset> datasets) {
    this.datasets = List.copyOf(datasets);
  }

  /** The catalog that ships in the jar. */
  public static DatasetCatalog bundled() {
    try (InputStream in = DatasetCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The dataset catalog " + RESOURCE + " is not in the jar");
      }
      return new ObjectMapper()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .readValue(in, DatasetCatalog.Json.class)
          .toCatalog();
    } catch (IOException e) {
      throw new UncheckedIOException("The dataset catalog " + RESOURCE + " is unreadable", e);
    }
  }

  public List<Dataset> datasets() {
    return datasets;
  }

  public Optional<Dataset> find(String id) {
    return datasets.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** The dataset with this id, or an error that lists the ids there are. */
  public Dataset get(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new DatasetUnavailableException(
                    "No dataset `"
                        + id
                        + "` in the catalog (known: "
                        + String.join(", ", datasets.stream().map(Dataset::id).toList())
                        + ")"));
  }

  private record Json(List<Dataset> datasets) {
    DatasetCatalog toCatalog() {
      return new DatasetCatalog(datasets);
    }
  }
}
