package dev.learninglab.labs.pipeline.model.project.spaceflights;

import tech.tablesaw.api.Table;

/** The data_processing pipeline's functions, as the tutorial's {@code nodes.py}. */
public final class DataProcessing {
  private DataProcessing() {}

  /** {@code iata_approved} t/f to boolean, {@code company_rating} "90%" to 0.9. */
  public static Table preprocessCompanies(Table companies) {
    Table t = Frames.replaced(companies, Frames.isTrue(companies, "iata_approved"));
    return Frames.replaced(t, Frames.parseNumber(t, "company_rating", "%", 100));
  }

  /** The two checks t/f to boolean, {@code price} "$1,715.0" to 1715.0. */
  public static Table preprocessShuttles(Table shuttles) {
    Table t = Frames.replaced(shuttles, Frames.isTrue(shuttles, "d_check_complete"));
    t = Frames.replaced(t, Frames.isTrue(t, "moon_clearance_complete"));
    return Frames.replaced(t, Frames.parseNumber(t, "price", "$,", 1));
  }

  /** Shuttles joined with their reviews and companies; rows with any missing value dropped. */
  public static Table createModelInputTable(Table shuttles, Table companies, Table reviews) {
    Table rated = Frames.innerMerge(shuttles, reviews, "id", "shuttle_id");
    rated.removeColumns("id");
    Table table = Frames.innerMerge(rated, companies, "company_id", "id");
    return table.dropRowsWithMissingValues().setName("model_input_table");
  }
}
