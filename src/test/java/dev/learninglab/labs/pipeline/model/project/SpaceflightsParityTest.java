package dev.learninglab.labs.pipeline.model.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.learninglab.labs.pipeline.model.project.spaceflights.LinearRegressionModel;
import dev.learninglab.labs.pipeline.model.run.Hooks;
import dev.learninglab.labs.pipeline.model.run.NodeRun;
import dev.learninglab.labs.pipeline.model.run.NodeStatus;
import dev.learninglab.labs.pipeline.model.run.RunOptions;
import dev.learninglab.testing.Cli;
import dev.learninglab.testing.Mirror;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spaceflights project against pandas + scikit-learn on the same raw files (reference.json,
 * made by make_fixtures.py beside it). Needs LEARNING_LAB_DATA_MIRROR.
 */
class SpaceflightsParityTest {
  private static JsonNode ref;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in =
        SpaceflightsParityTest.class.getResourceAsStream("/pipeline/spaceflights/reference.json")) {
      ref = new ObjectMapper().readTree(in);
    }
  }

  @Test
  void sequentialAndParallelRunsMatchScikitLearn(@TempDir Path tmp) throws Exception {
    Mirror.assumeDatasets("spaceflights");
    Project project = Project.open(Scaffold.create(tmp.resolve("sf"), "spaceflights"));
    ProjectSession session = new ProjectSession(project);

    ProjectRun seq = session.run("__default__", RunOptions.sequential(), Map.of(), new Hooks() {});
    assertThat(seq.error()).isNull();
    assertThat(seq.nodes()).extracting(NodeRun::status).containsOnly(NodeStatus.DONE);
    assertThat((Double) seq.metrics().get("r2")).isCloseTo(ref.get("r2").asDouble(), within(1e-9));
    assertThat(seq.metrics().get("test_rows")).isEqualTo(ref.get("test_rows").asInt());

    LinearRegressionModel model =
        (LinearRegressionModel) project.catalog(Map.of()).load("regressor");
    assertThat(model.trainRows()).isEqualTo(ref.get("train_rows").asInt());
    for (int j = 0; j < model.coefficients().length; j++) {
      assertThat(model.features().get(j)).isEqualTo(ref.get("features").get(j).asText());
      assertThat(model.coefficients()[j])
          .as(model.features().get(j))
          .isCloseTo(ref.get("coefficients").get(j).asDouble(), within(1e-9));
    }
    assertThat(model.intercept()).isCloseTo(ref.get("intercept").asDouble(), within(1e-9));
    List<String> header =
        Files.readAllLines(tmp.resolve("sf/data/03_primary/model_input_table.csv")).subList(0, 1);
    assertThat(header.get(0).split(",")).hasSize(ref.get("model_input_columns").size());
    assertThat(Files.readAllLines(tmp.resolve("sf/data/03_primary/model_input_table.csv")))
        .hasSize(ref.get("model_input_rows").asInt() + 1);

    // the parallel runner through the CLI contract gives the same R²
    Cli cli =
        Cli.run(
            "pipeline",
            "run",
            "--project",
            tmp.resolve("sf").toString(),
            "--runner",
            "parallel",
            "--json");
    assertThat(cli.code()).as(cli.err()).isEqualTo(0);
    JsonNode par = new ObjectMapper().readTree(cli.out());
    assertThat(par.get("metrics").get("r2").asDouble()).isEqualTo((Double) seq.metrics().get("r2"));
    assertThat(par.get("nodes").findValuesAsText("status")).containsOnly("done");
    assertThat(project.catalog(Map.of()).get("regressor").versions()).hasSize(2);

    // with the cache, an unchanged rerun only redoes split_data (its outputs live in memory) ...
    RunOptions cached = RunOptions.sequential().withCache(true);
    ProjectRun again = session.run("__default__", cached, Map.of(), new Hooks() {});
    assertThat(again.nodes())
        .extracting(NodeRun::status)
        .containsExactly(
            NodeStatus.CACHED,
            NodeStatus.CACHED,
            NodeStatus.CACHED,
            NodeStatus.DONE,
            NodeStatus.CACHED,
            NodeStatus.CACHED);
    // ... and editing test_size invalidates exactly the nodes downstream of it
    ProjectRun edited =
        session.run("__default__", cached, Map.of("model_options.test_size", 0.3), new Hooks() {});
    assertThat(edited.nodes())
        .extracting(NodeRun::status)
        .containsExactly(
            NodeStatus.CACHED,
            NodeStatus.CACHED,
            NodeStatus.CACHED,
            NodeStatus.DONE,
            NodeStatus.DONE,
            NodeStatus.DONE);
    assertThat(edited.metrics().get("test_rows"))
        .isEqualTo((int) Math.ceil(0.3 * ref.get("model_input_rows").asInt()));
  }
}
