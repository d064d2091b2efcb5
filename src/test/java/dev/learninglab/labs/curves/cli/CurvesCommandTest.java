package dev.learninglab.labs.curves.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.io.Json;
import dev.learninglab.testing.Cli;
import org.junit.jupiter.api.Test;

class CurvesCommandTest {
  /** The latest run: what the assertions after a run() read. */
  private Cli last;

  private int run(String... args) {
    last = Cli.run(args);
    return last.code();
  }

  @Test
  void diagnoseJsonHasTheContractFields() throws Exception {
    assertThat(run("curves", "diagnose", "--C", "1e4", "--json")).isZero();
    JsonNode json = Json.mapper().readTree(last.out());
    assertThat(json.get("C").asDouble()).isEqualTo(1e4);
    assertThat(json.get("trainSizes")).hasSize(10);
    assertThat(json.at("/train/mean")).hasSize(10);
    assertThat(json.at("/validation/std")).hasSize(10);
    assertThat(json.get("diagnosis").asText()).isEqualTo("overfitting");
    assertThat(json.get("reasons").size()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void unshuffledSizesThatCannotBeFittedAreNullAndExplained() throws Exception {
    assertThat(run("curves", "diagnose", "--no-shuffle", "--json")).isZero();
    JsonNode json = Json.mapper().readTree(last.out());
    assertThat(json.at("/train/mean/0").isNull()).isTrue();
    assertThat(json.get("problems").get(0).asText()).contains("setosa");
  }

  @Test
  void badArgumentsGiveAClearMessage() {
    assertThat(run("curves", "diagnose", "--C", "0")).isEqualTo(1);
    assertThat(last.err()).contains("--C must be a positive number");
    assertThat(run("curves", "size", "--dataset", "cifar")).isEqualTo(1);
    assertThat(last.err())
        .contains("Unknown dataset \"cifar\" (choose one of: digits, mnist-test, fashion-mnist)");
    assertThat(run("curves", "size", "--dataset", "digits", "--repeats", "0")).isEqualTo(1);
    assertThat(last.err()).contains("--repeats must be 1 to 10, got 0");
  }

  @Test
  void sizeOnDigitsPrintsPointsAndFits() throws Exception {
    assertThat(
            run(
                "curves",
                "size",
                "--dataset",
                "digits",
                "--sizes",
                "40,80,120,160",
                "--epochs",
                "1",
                "--fit-first",
                "3",
                "--repeats",
                "2",
                "--json"))
        .as("stderr: %s", last.err())
        .isZero();
    JsonNode json = Json.mapper().readTree(last.out());
    assertThat(json.get("points")).hasSize(4);
    assertThat(json.at("/points/0/size").asInt()).isEqualTo(40);
    assertThat(json.at("/points/3/accuracy").asDouble()).isBetween(0.0, 1.0);
    assertThat(json.get("repeats").asInt()).isEqualTo(2);
    assertThat(json.at("/points/3/repeats").asInt()).isEqualTo(2);
    JsonNode both = json.at("/points/3/accuracies");
    assertThat(json.at("/points/3/accuracy").asDouble())
        .isCloseTo((both.get(0).asDouble() + both.get(1).asDouble()) / 2, within(1e-12));
    assertThat(json.get("fits"))
        .extracting(f -> f.get("model").asText())
        .containsExactly("power law", "quadratic", "logarithm", "quadratic spline");
    assertThat(json.at("/fits/0/predictions")).hasSize(4);
    assertThat(json.at("/fits/0/parameters/a").asDouble()).isLessThanOrEqualTo(1.0);
    assertThat(json.at("/fits/1/parameters/c").isNumber()).isTrue();
  }
}
