package dev.learninglab.cli;

import static dev.learninglab.testing.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.testing.Cli;
import org.junit.jupiter.api.Test;

class RootCommandTest {

  @Test
  void helpListsTheShellAndDataCommands() {
    Cli r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("gui", "data", "Usage: learning-lab");
  }

  @Test
  void dataListJsonNamesEveryDataset() throws Exception {
    Cli r = run("data", "list", "--json");
    assertThat(r.code()).isZero();
    assertThat(r.json().get("datasets").findValuesAsText("id"))
        .contains("mpg", "pip-requirements", "sr-set5");
  }

  @Test
  void dataListSaysWhenASizeIsUnknown() throws Exception {
    Cli r = run("data", "list");
    assertThat(r.out().lines().filter(l -> l.startsWith("fashion-mnist")))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("4 files", "size unknown")
        .doesNotContain("0 bytes");
    assertThat(r.out().lines().filter(l -> l.startsWith("iris")))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("1 file ", "3 KB");
    Cli json = run("data", "list", "--json");
    assertThat(json.json().get("datasets").findValue("bytes").isNumber()).isTrue();
    assertThat(json.out()).contains("\"bytes\" : null");
  }

  @Test
  void dataFetchResolvesABundledDataset() throws Exception {
    Cli r = run("data", "fetch", "blobs20", "--json");
    assertThat(r.code()).isZero();
    assertThat(r.json().get("paths").get("blobs20.csv").asText()).endsWith("blobs20.csv");
  }

  @Test
  void fetchingAnUnknownDatasetIsAOneLineError() {
    Cli r = run("data", "fetch", "no-such-data");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("learning-lab data fetch: No dataset `no-such-data`");
  }

  @Test
  void guiRejectsAnUnknownLabBeforeOpeningAnything() {
    Cli r = run("gui", "--lab", "no-such-lab", "--screenshot", "target/none.png");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("No lab `no-such-lab`");
  }

  @Test
  void guiRefusesAMalformedWindowSizeBeforeOpeningAnything() {
    Cli r = run("gui", "--lab", "curves", "--window", "big", "--screenshot", "target/none.png");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("--window must be WIDTHxHEIGHT, e.g. 1920x1080; got `big`");
  }

  @Test
  void infoNamesTheEngineAndTheForcedCpu() throws Exception {
    Cli r = run("--cpu", "info", "--json");
    assertThat(r.code()).isZero();
    assertThat(r.json().at("/compute/engine").asText()).isEqualTo("PyTorch");
    assertThat(r.json().at("/compute/device").asText()).startsWith("cpu");
    assertThat(r.json().at("/compute/threads").asInt()).isPositive();
  }

  @Test
  void everyLabCommandIsASubcommand() {
    assertThat(run("--help").out())
        .contains("edit-distance", "naive-bayes", "depth", "superres", "info");
  }
}
