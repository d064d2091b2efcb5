package dev.learninglab.labs.pipeline.model.project.spaceflights;

import dev.learninglab.labs.pipeline.model.ModularPipeline;
import dev.learninglab.labs.pipeline.model.Node;
import dev.learninglab.labs.pipeline.model.Pipeline;
import dev.learninglab.labs.pipeline.model.project.ProjectDefinition;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * Kedro's spaceflights tutorial: data_processing and data_science as namespaced modular pipelines
 * whose shared datasets (raw tables, model_input_table, regressor, metrics) keep their catalog
 * names, and {@code __default__} = both.
 */
public final class SpaceflightsProject implements ProjectDefinition {

  static Pipeline dataProcessing() {
    Pipeline p =
        Pipeline.of(
            Node.builder(
                    "preprocess_companies",
                    a -> List.of(DataProcessing.preprocessCompanies((Table) a.get(0))))
                .inputs("companies")
                .outputs("preprocessed_companies")
                .description("Parses iata_approved (t/f) and company_rating (percent).")
                .build(),
            Node.builder(
                    "preprocess_shuttles",
                    a -> List.of(DataProcessing.preprocessShuttles((Table) a.get(0))))
                .inputs("shuttles")
                .outputs("preprocessed_shuttles")
                .description(
                    "Parses d_check_complete, moon_clearance_complete (t/f) and price ($1,234.0).")
                .build(),
            Node.builder(
                    "create_model_input_table",
                    a ->
                        List.of(
                            DataProcessing.createModelInputTable(
                                (Table) a.get(0), (Table) a.get(1), (Table) a.get(2))))
                .inputs("preprocessed_shuttles", "preprocessed_companies", "reviews")
                .outputs("model_input_table")
                .description(
                    "Joins shuttles, reviews and companies; drops rows with missing values.")
                .build());
    return ModularPipeline.wrap(
        p,
        "data_processing",
        Map.of("companies", "companies", "shuttles", "shuttles", "reviews", "reviews"),
        Map.of(
            "preprocessed_companies",
            "preprocessed_companies",
            "preprocessed_shuttles",
            "preprocessed_shuttles",
            "model_input_table",
            "model_input_table"),
        Map.of(),
        Set.of("data_processing"));
  }

  @SuppressWarnings("unchecked")
  static Pipeline dataScience() {
    Pipeline p =
        Pipeline.of(
            Node.builder(
                    "split_data",
                    a -> DataScience.splitData((Table) a.get(0), (Map<String, Object>) a.get(1)))
                .inputs("model_input_table", "params:model_options")
                .outputs("X_train", "X_test", "y_train", "y_test")
                .description("train_test_split(test_size, random_state) on the features and price.")
                .build(),
            Node.builder(
                    "train_model",
                    a -> List.of(DataScience.trainModel((Table) a.get(0), (Table) a.get(1))))
                .inputs("X_train", "y_train")
                .outputs("regressor")
                .description(
                    "Ordinary least squares with intercept (scikit-learn's LinearRegression).")
                .build(),
            Node.builder(
                    "evaluate_model",
                    a ->
                        List.of(
                            DataScience.evaluateModel(
                                (LinearRegressionModel) a.get(0),
                                (Table) a.get(1),
                                (Table) a.get(2))))
                .inputs("regressor", "X_test", "y_test")
                .outputs("metrics")
                .description("R² of the regressor on the test rows.")
                .build());
    return ModularPipeline.wrap(
        p,
        "data_science",
        Map.of("model_input_table", "model_input_table"),
        Map.of("regressor", "regressor", "metrics", "metrics"),
        Map.of(),
        Set.of("data_science"));
  }

  @Override
  public String starter() {
    return "spaceflights";
  }

  @Override
  public Map<String, Pipeline> pipelines() {
    Pipeline dp = dataProcessing();
    Pipeline ds = dataScience();
    return Map.of("data_processing", dp, "data_science", ds, "__default__", dp.plus(ds));
  }

  @Override
  public Map<String, Class<?>> modelTypes() {
    return Map.of("regressor", LinearRegressionModel.class);
  }

  @Override
  public List<String> metricsDatasets() {
    return List.of("metrics");
  }

  @Override
  public List<String> templateFiles() {
    return List.of(
        "README.md",
        "project.yml",
        "conf/base/catalog.yml",
        "conf/base/parameters_data_science.yml",
        "conf/local/.gitkeep",
        "data/01_raw/README.md");
  }
}
