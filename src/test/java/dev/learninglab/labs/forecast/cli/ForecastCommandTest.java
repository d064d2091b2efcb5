package dev.learninglab.labs.forecast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.testing.BadInputs;
import dev.learninglab.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastCommandTest {
  @TempDir Path dir;

  @Test
  void baselinesJsonHasExactlyTheContractShape() {
    Cli run = Cli.run("forecast", "baselines", "--json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = run.json();
    assertThat(names(json))
        .containsExactly("series", "n", "windows", "train", "test", "persistence", "sma", "ar");
    assertThat(names(json.get("persistence"))).containsExactly("mse", "mae", "mase");
    assertThat(names(json.get("sma"))).containsExactly("mse", "mae");
    assertThat(names(json.get("ar"))).containsExactly("mse", "mae");
    assertThat(json.get("series").asText()).isEqualTo("goog");
    assertThat(json.get("n").asInt()).isEqualTo(1047);
    assertThat(json.get("test").asInt()).isEqualTo(200);
  }

  @Test
  void baselinesTableNamesEveryForecast() {
    Cli run = Cli.run("forecast", "baselines", "--window", "10");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("persistence", "SMA-10", "AR(10)", "MASE");
  }

  @Test
  void dataDescribesTheSeriesAndItsSplit() {
    Cli run = Cli.run("forecast", "data", "--json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("first").asText()).isEqualTo("2004-08-19");
    assertThat(json.get("last").asText()).isEqualTo("2008-10-14");
    assertThat(json.get("sha256").asText())
        .isEqualTo("400917cf30e6b664f7b0da93d7c745860d3aa9008da8b7f160d2dd12e6a318b1");
    assertThat(json.get("train").asInt() + json.get("test").asInt()).isEqualTo(997);
  }

  @Test
  void aLearnersCsvIsReadByTheColumnsNamed() throws Exception {
    Path csv = csv("when,price", 60, (i, b) -> b.append(day(i)).append(',').append(100 + i));
    Cli run =
        Cli.run(
            "forecast",
            "data",
            "--series",
            csv.toString(),
            "--date-column",
            "when",
            "--value-column",
            "price",
            "--json");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.json().get("n").asInt()).isEqualTo(60);
  }

  @Test
  void badSeriesAreRefusedInOneLine() throws Exception {
    List<String[]> cases = new ArrayList<>();
    cases.add(
        new String[] {
          csv("price,volume", 60, (i, b) -> b.append(100 + i).append(",1")).toString(),
          "no \"date\" column"
        });
    cases.add(
        new String[] {
          csv("date,close", 60, (i, b) -> b.append(day(59 - i)).append(',').append(100 + i))
              .toString(),
          "sort the file by date"
        });
    cases.add(
        new String[] {
          csv("date,close", 60, (i, b) -> b.append(day(i == 5 ? 4 : i)).append(",100")).toString(),
          "appears twice"
        });
    cases.add(
        new String[] {
          csv("date,close", 60, (i, b) -> b.append(day(i < 30 ? i : i + 40)).append(",100"))
              .toString(),
          "a gap that long"
        });
    cases.add(
        new String[] {
          csv("date,close", 60, (i, b) -> b.append(day(i)).append(i == 7 ? ",n/a" : ",100"))
              .toString(),
          "is not a number"
        });
    cases.add(
        new String[] {
          csv("date,close", 60, (i, b) -> b.append(day(i)).append(i == 7 ? ",-3" : ",100"))
              .toString(),
          "is negative"
        });
    cases.add(
        new String[] {
          csv("date,close", 51, (i, b) -> b.append(day(i)).append(",100")).toString(),
          "needs at least 52"
        });
    cases.add(
        new String[] {
          csv("date,close", 60, (i, b) -> b.append(i == 3 ? "3rd May" : day(i)).append(",100"))
              .toString(),
          "is not a date"
        });
    cases.add(
        new String[] {
          BadInputs.sparseFile(dir.resolve("huge.csv"), 2L << 30).toString(), "larger than 64 MB"
        });
    cases.add(new String[] {dir.resolve("missing.csv").toString(), "not found"});
    for (String[] c : cases) {
      for (String command : List.of("data", "baselines")) {
        Cli run = Cli.run("forecast", command, "--series", c[0]);
        assertThat(run.code()).as(c[1]).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        String line = run.err().strip();
        assertThat(line).as(c[1]).contains(c[1]);
        assertThat(BadInputs.isOneCleanLine(line, 400)).as(line).isTrue();
      }
    }
    try (Stream<Path> left = Files.list(dir)) {
      // only the inputs this test wrote: the commands wrote nothing
      assertThat(left.filter(p -> !p.getFileName().toString().matches("s\\d+\\.csv|huge.csv")))
          .isEmpty();
    }
  }

  @Test
  void trainThenEvalPrintTheContractShape() {
    Path out = dir.resolve("model");
    Cli train =
        Cli.run(
            "forecast",
            "train",
            "--window",
            "10",
            "--epochs",
            "2",
            "--layers",
            "1",
            "--units",
            "4",
            "--out",
            out.toString(),
            "--json");
    assertThat(train.code()).as(train.err()).isZero();
    assertThat(train.json().get("epochs")).hasSize(2);
    Cli eval = Cli.run("forecast", "eval", "--model", out.toString(), "--json");
    assertThat(eval.code()).as(eval.err()).isZero();
    JsonNode json = eval.json();
    assertThat(names(json))
        .containsExactly(
            "series", "n", "windows", "train", "test", "persistence", "sma", "ar", "lstm", "dm");
    assertThat(names(json.get("lstm"))).containsExactly("mse", "mae", "mase");
    assertThat(names(json.get("dm"))).containsExactly("statistic", "p");
    assertThat(json.at("/dm/p").asDouble()).isBetween(0.0, 1.0);
    // the baselines are the same numbers as baselines --json, to the digit
    JsonNode baselines = Cli.run("forecast", "baselines", "--window", "10", "--json").json();
    assertThat(json.get("persistence")).isEqualTo(baselines.get("persistence"));
    assertThat(json.get("ar")).isEqualTo(baselines.get("ar"));
    Cli text = Cli.run("forecast", "eval", "--model", out.toString());
    assertThat(text.out()).contains("LSTM", "persistence", "Diebold-Mariano", "The LSTM's MSE is");
  }

  @Test
  void trainRefusesBadInputBeforeWritingAnything() throws Exception {
    Path file = Files.writeString(dir.resolve("file"), "x");
    Cli run = Cli.run("forecast", "train", "--epochs", "1", "--out", file.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("is a file");
    assertThat(Files.readString(file)).isEqualTo("x");
    Path out = dir.resolve("never");
    for (String[] bad :
        List.of(
            new String[] {"--series", dir.resolve("missing.csv").toString()},
            new String[] {"--target", "average"},
            new String[] {"--epochs", "0"},
            new String[] {"--lr", "NaN"},
            new String[] {"--window", "0"})) {
      List<String> args = new ArrayList<>(List.of("forecast", "train", "--out", out.toString()));
      args.addAll(List.of(bad));
      Cli r = Cli.run(args.toArray(String[]::new));
      // core's TrainingOptions refuses --epochs and --lr as usage errors while parsing (exit 2)
      int code = bad[0].equals("--epochs") || bad[0].equals("--lr") ? 2 : 1;
      assertThat(r.code()).as(String.join(" ", bad)).isEqualTo(code);
      // a usage error's one line comes first, picocli's usage after it
      String first = code == 2 ? r.err().strip().lines().findFirst().orElse("") : r.err().strip();
      assertThat(BadInputs.isOneCleanLine(first, 300)).as(r.err()).isTrue();
      assertThat(out).doesNotExist();
    }
    Cli eval = Cli.run("forecast", "eval", "--model", dir.resolve("nothing").toString());
    assertThat(eval.code()).isEqualTo(1);
    assertThat(eval.err()).contains("lacks lstm.json");
  }

  @Test
  void columnsAreOnlyForFiles() {
    Cli run = Cli.run("forecast", "data", "--series", "goog", "--value-column", "open");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("are for a CSV file");
  }

  private int files;

  private interface Row {
    void write(int i, StringBuilder b);
  }

  private Path csv(String header, int rows, Row row) throws Exception {
    StringBuilder b = new StringBuilder(header).append('\n');
    for (int i = 0; i < rows; i++) {
      row.write(i, b);
      b.append('\n');
    }
    Path file = dir.resolve("s" + files++ + ".csv");
    Files.writeString(file, b);
    return file;
  }

  private static String day(int i) {
    return java.time.LocalDate.of(2020, 1, 1).plusDays(i).toString();
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
