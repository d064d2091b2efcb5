package dev.learninglab.labs.pipeline.model.catalog;

import tech.tablesaw.api.Table;

/** Checks that a value about to be saved as a table is one. */
final class Tables {
  private Tables() {}

  static Table require(Object value, String dataset) {
    if (value instanceof Table t) {
      return t;
    }
    throw new DatasetException(
        "Dataset `"
            + dataset
            + "` saves tables, but the node returned "
            + (value == null ? "null" : value.getClass().getSimpleName()));
  }
}
