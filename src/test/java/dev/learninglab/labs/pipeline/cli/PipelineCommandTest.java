package dev.learninglab.labs.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.learninglab.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class PipelineCommandTest {
  @TempDir Path tmp;

  @Test
  void newRefusesAFileInOneLineNamingIt() throws Exception {
    Path file = Files.writeString(tmp.resolve("file"), "x");
    Cli r = Cli.run("pipeline", "new", file.toString(), "--starter", "hello");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip()).endsWith(file + ": it is a file; name a new or empty folder");
    assertThat(file).hasContent("x");
  }

  @Test
  void newThenRunHelloPrintsTheContractJson() throws Exception {
    Path dir = tmp.resolve("hello");
    Cli created = Cli.run("pipeline", "new", dir.toString(), "--starter", "hello");
    assertThat(created.code()).isEqualTo(0);
    assertThat(dir.resolve("conf/base/catalog.yml")).exists();
    assertThat(dir.resolve("data/01_raw")).isDirectory();
    assertThat(dir.resolve("data/08_reporting")).isDirectory();

    Cli run = Cli.run("pipeline", "run", "--project", dir.toString(), "--json");
    assertThat(run.code()).as(run.err()).isEqualTo(0);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("pipeline").asText()).isEqualTo("__default__");
    assertThat(json.get("nodes")).hasSize(2);
    assertThat(json.get("nodes").get(0).get("name").asText()).isEqualTo("return_greeting");
    assertThat(json.get("nodes").get(1).get("status").asText()).isEqualTo("done");
    assertThat(json.get("nodes").get(1).get("seconds").isNumber()).isTrue();
    assertThat(json.get("metrics").isObject()).isTrue();
    assertThat(Files.readString(dir.resolve("data/08_reporting/my_message.txt")))
        .isEqualTo("Hello Kedro!");

    JsonNode again =
        new ObjectMapper()
            .readTree(
                Cli.run(
                        "pipeline",
                        "run",
                        "--project",
                        dir.toString(),
                        "--only-missing-outputs",
                        "--runner",
                        "parallel",
                        "--json")
                    .out());
    assertThat(again.get("nodes").findValuesAsText("status")).containsOnly("skipped");
    assertThat(Files.list(dir.resolve("logs/runs")).count()).isEqualTo(2);

    JsonNode sliced =
        new ObjectMapper()
            .readTree(
                Cli.run(
                        "pipeline",
                        "run",
                        "--project",
                        dir.toString(),
                        "--to-outputs",
                        "my_salutation",
                        "--json")
                    .out());
    assertThat(sliced.get("nodes").findValuesAsText("name")).containsExactly("return_greeting");
  }

  @Test
  void describeListsNodesDatasetsAndOrder() throws Exception {
    Path dir = tmp.resolve("sf");
    Cli.run("pipeline", "new", dir.toString(), "--starter", "spaceflights");
    Cli d = Cli.run("pipeline", "describe", "--project", dir.toString(), "--json");
    assertThat(d.code()).as(d.err()).isEqualTo(0);
    JsonNode json = new ObjectMapper().readTree(d.out());
    assertThat(json.get("order").toString())
        .isEqualTo(
            "[\"data_processing.preprocess_companies\",\"data_processing.preprocess_shuttles\","
                + "\"data_processing.create_model_input_table\",\"data_science.split_data\","
                + "\"data_science.train_model\",\"data_science.evaluate_model\"]");
    assertThat(json.get("pipelines").toString())
        .isEqualTo("[\"__default__\",\"data_processing\",\"data_science\"]");
    assertThat(json.get("datasets").findValuesAsText("name"))
        .contains("companies", "params:model_options", "regressor");
    String text = Cli.run("pipeline", "describe", "--project", dir.toString()).out();
    assertThat(text).contains("data_science.train_model").contains("regressor");
  }

  @Test
  void badInputGivesOneClearLineAndExitCode1() {
    Cli missing = Cli.run("pipeline", "run", "--project", tmp.resolve("nope").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("is not a pipeline project (no project.yml)");
    Path dir = tmp.resolve("h");
    Cli.run("pipeline", "new", dir.toString(), "--starter", "hello");
    assertThat(Cli.run("pipeline", "run", "--project", dir.toString(), "--from-nodes", "zzz").err())
        .contains("does not contain nodes named [zzz]");
    assertThat(Cli.run("pipeline", "run", "--project", dir.toString(), "--runner", "fast").err())
        .contains("--runner must be sequential or parallel");
    assertThat(Cli.run("pipeline", "new", dir.toString(), "--starter", "hello").err())
        .contains("not empty");
    assertThat(Cli.run("pipeline", "new", tmp.resolve("x").toString(), "--starter", "nope").err())
        .contains("Unknown starter `nope`");
  }
}
