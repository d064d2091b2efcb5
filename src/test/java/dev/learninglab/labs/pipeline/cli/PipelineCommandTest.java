package dev.learninglab.labs.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.learninglab.cli.RootCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

public class PipelineCommandTest {
  @TempDir Path tmp;

  /** Runs the CLI; returns exit code, stdout, stderr. */
  public static String[] cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = RootCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void newThenRunHelloPrintsTheContractJson() throws Exception {
    Path dir = tmp.resolve("hello");
    String[] created = cli("pipeline", "new", dir.toString(), "--starter", "hello");
    assertThat(created[0]).isEqualTo("0");
    assertThat(dir.resolve("conf/base/catalog.yml")).exists();
    assertThat(dir.resolve("data/01_raw")).isDirectory();
    assertThat(dir.resolve("data/08_reporting")).isDirectory();

    String[] run = cli("pipeline", "run", "--project", dir.toString(), "--json");
    assertThat(run[0]).as(run[2]).isEqualTo("0");
    JsonNode json = new ObjectMapper().readTree(run[1]);
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
                cli(
                    "pipeline",
                    "run",
                    "--project",
                    dir.toString(),
                    "--only-missing-outputs",
                    "--runner",
                    "parallel",
                    "--json")[1]);
    assertThat(again.get("nodes").findValuesAsText("status")).containsOnly("skipped");
    assertThat(Files.list(dir.resolve("logs/runs")).count()).isEqualTo(2);

    JsonNode sliced =
        new ObjectMapper()
            .readTree(
                cli(
                    "pipeline",
                    "run",
                    "--project",
                    dir.toString(),
                    "--to-outputs",
                    "my_salutation",
                    "--json")[1]);
    assertThat(sliced.get("nodes").findValuesAsText("name")).containsExactly("return_greeting");
  }

  @Test
  void describeListsNodesDatasetsAndOrder() throws Exception {
    Path dir = tmp.resolve("sf");
    cli("pipeline", "new", dir.toString(), "--starter", "spaceflights");
    String[] d = cli("pipeline", "describe", "--project", dir.toString(), "--json");
    assertThat(d[0]).as(d[2]).isEqualTo("0");
    JsonNode json = new ObjectMapper().readTree(d[1]);
    assertThat(json.get("order").toString())
        .isEqualTo(
            "[\"data_processing.preprocess_companies\",\"data_processing.preprocess_shuttles\","
                + "\"data_processing.create_model_input_table\",\"data_science.split_data\","
                + "\"data_science.train_model\",\"data_science.evaluate_model\"]");
    assertThat(json.get("pipelines").toString())
        .isEqualTo("[\"__default__\",\"data_processing\",\"data_science\"]");
    assertThat(json.get("datasets").findValuesAsText("name"))
        .contains("companies", "params:model_options", "regressor");
    String text = cli("pipeline", "describe", "--project", dir.toString())[1];
    assertThat(text).contains("data_science.train_model").contains("regressor");
  }

  @Test
  void badInputGivesOneClearLineAndExitCode1() {
    String[] missing = cli("pipeline", "run", "--project", tmp.resolve("nope").toString());
    assertThat(missing[0]).isEqualTo("1");
    assertThat(missing[2]).contains("is not a pipeline project (no project.yml)");
    Path dir = tmp.resolve("h");
    cli("pipeline", "new", dir.toString(), "--starter", "hello");
    assertThat(cli("pipeline", "run", "--project", dir.toString(), "--from-nodes", "zzz")[2])
        .contains("does not contain nodes named [zzz]");
    assertThat(cli("pipeline", "run", "--project", dir.toString(), "--runner", "fast")[2])
        .contains("--runner must be sequential or parallel");
    assertThat(cli("pipeline", "new", dir.toString(), "--starter", "hello")[2])
        .contains("not empty");
    assertThat(cli("pipeline", "new", tmp.resolve("x").toString(), "--starter", "nope")[2])
        .contains("Unknown starter `nope`");
  }
}
