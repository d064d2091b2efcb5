package dev.learninglab.labs.depth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.learninglab.testing.BadInputs;
import dev.learninglab.testing.Cli;
import dev.learninglab.testing.Mirror;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI contract: `learning-lab depth --snapshot FILE [--updates] [--band] [--fill] [--png]
 * [--json]`.
 */
class DepthCommandTest {
  @TempDir Path dir;

  /** The latest run: what the assertions after a run() read. */
  private Cli last;

  private int run(String... args) {
    last = Cli.run(args);
    return last.code();
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  private Path handBook() throws Exception {
    return write(
        "book.json",
        "{\"lastUpdateId\":10,\"bids\":[[\"99.00\",\"2\"],[\"98.00\",\"3\"],[\"97.00\",\"5\"]],"
            + "\"asks\":[[\"101.00\",\"1\"],[\"102.00\",\"4\"],[\"104.00\",\"10\"]]}");
  }

  @Test
  void printsTheContractJsonWithDecimalsAsStrings() throws Exception {
    Path updates =
        write(
            "u.jsonl",
            "{\"e\":\"depthUpdate\",\"E\":1,\"s\":\"T\",\"U\":8,\"u\":10,\"b\":[[\"99\",\"50\"]],\"a\":[]}\n"
                + "{\"stream\":\"t@depth\",\"data\":{\"e\":\"depthUpdate\",\"E\":2,\"s\":\"T\",\"U\":11,\"u\":12,"
                + "\"b\":[[\"99.00\",\"4\"]],\"a\":[[\"101.00\",\"0\"],[\"103.00\",\"2\"]]}}\n\n");
    Path png = dir.resolve("chart.png");
    int code =
        run(
            "depth",
            "--snapshot",
            handBook().toString(),
            "--updates",
            updates.toString(),
            "--band",
            "2",
            "--fill",
            "6",
            "--png",
            png.toString(),
            "--json");
    assertThat(code).as(last.err()).isZero();
    // after the update: bids 99@4 98@3 97@5, asks 102@4 103@2 104@10; band ±2 % of 100.5 = [98.49,
    // 102.51]
    JsonNode expected =
        new ObjectMapper()
            .readTree(
                """
        {"bestBid":"99","bestAsk":"102","mid":"100.5","spread":"3","bidLevels":3,"askLevels":3,
         "lastUpdateId":12,"eventsApplied":1,"resyncs":0,
         "fill":{"buy":{"quantity":"6","worstPrice":"103","averagePrice":"102.3333333333333333333333333333333"},
                 "sell":{"quantity":"6","worstPrice":"98","averagePrice":"98.66666666666666666666666666666667"}},
         "band":{"percent":"2","bidQuantity":"4","askQuantity":"4"}}""");
    assertThat(new ObjectMapper().readTree(last.out())).isEqualTo(expected);
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img.getWidth()).isEqualTo(1000);
    assertThat(img.getHeight()).isEqualTo(560);
  }

  @Test
  void fillLargerThanTheBookHasNoPricesAndNoFillMeansNull() throws Exception {
    assertThat(run("depth", "--snapshot", handBook().toString(), "--fill", "100", "--json"))
        .isZero();
    JsonNode fill = new ObjectMapper().readTree(last.out()).get("fill");
    assertThat(fill.get("buy").get("worstPrice").isNull()).isTrue();
    assertThat(fill.get("buy").get("quantity").asText()).isEqualTo("100");
    assertThat(run("depth", "--snapshot", handBook().toString(), "--json")).isZero();
    assertThat(new ObjectMapper().readTree(last.out()).get("fill").isNull()).isTrue();
  }

  @Test
  void textOutputListsTheSameFields() throws Exception {
    assertThat(run("depth", "--snapshot", handBook().toString(), "--band", "1")).isZero();
    assertThat(last.out())
        .contains("bestBid: 99", "mid: 100", "band:", "  bidQuantity: 2", "  askQuantity: 1");
  }

  @Test
  void badInputIsOneClearLineAndExitCode1() throws Exception {
    Path broken = write("broken.json", "{\"lastUpdateId\":1,\"bids\":[[\"1\"]],\"asks\":[]}");
    assertThat(run("depth", "--snapshot", broken.toString())).isEqualTo(1);
    assertThat(last.err().trim())
        .isEqualTo(
            "learning-lab depth: broken.json: bids[0] is [\"1\"], expected [\"price\", \"quantity\"]");
    Path gap =
        write(
            "gap.jsonl",
            "{\"e\":\"depthUpdate\",\"E\":1,\"U\":11,\"u\":11,\"b\":[],\"a\":[]}\n"
                + "{\"e\":\"depthUpdate\",\"E\":2,\"U\":13,\"u\":13,\"b\":[],\"a\":[]}\n");
    assertThat(run("depth", "--snapshot", handBook().toString(), "--updates", gap.toString()))
        .isEqualTo(1);
    assertThat(last.err()).contains("gap.jsonl: gap: event U=13 but expected 12 (u=13)");
    assertThat(run("depth", "--snapshot", handBook().toString(), "--fill", "0")).isEqualTo(1);
    assertThat(last.err().trim()).isEqualTo("learning-lab depth: --fill must be positive, got 0");
  }

  @Test
  void levelsKeepsTheBestOfEachSideAndTheTextAnswersTheArticlesQuestion() throws Exception {
    String book = handBook().toString();
    assertThat(run("depth", "--snapshot", book, "--levels", "2", "--json")).isEqualTo(0);
    JsonNode json = new ObjectMapper().readTree(last.out());
    assertThat(json.get("askLevels").asInt()).isEqualTo(2);
    assertThat(json.get("bidLevels").asInt()).isEqualTo(2);
    assertThat(run("depth", "--snapshot", book, "--fill", "3")).isEqualTo(0);
    assertThat(last.out()).contains("To buy 3 with confidence").contains("here that is 102");
    assertThat(run("depth", "--snapshot", book, "--levels", "0")).isEqualTo(1);
    assertThat(last.err().trim())
        .isEqualTo("learning-lab depth: --levels must be between 1 and 5000, got 0");
  }

  @Test
  void recordedFtmusdtReplaysAllEvents() {
    Path data = Mirror.assumeDatasets("orderbook-ftmusdt").resolve("orderbook");
    int code =
        run(
            "depth",
            "--snapshot",
            data.resolve("binance_FTMUSDT_depth_limit5000_snapshot.json").toString(),
            "--updates",
            data.resolve("binance_FTMUSDT_depthUpdate_100ms.jsonl").toString(),
            "--json");
    assertThat(code).as(last.err()).isZero();
    assertThat(last.out())
        .contains("\"lastUpdateId\" : 800362088", "\"eventsApplied\" : 222", "\"resyncs\" : 0");
  }

  /** One line on stderr, exit 1, no stack trace, no control characters. */
  private void assertOneCleanLine(int code) {
    assertThat(code).as(last.err()).isEqualTo(1);
    String message = last.err().strip();
    assertThat(message.lines()).hasSize(1);
    assertThat(BadInputs.isOneCleanLine(message, 300)).as(message).isTrue();
  }

  @Test
  @Timeout(120) // a guard against the hang, not a timing assertion: it took > 60 s before
  void aHugeExponentIsRefusedNotExpanded() throws Exception {
    Path book =
        write(
            "exp.json",
            "{\"lastUpdateId\":1,\"bids\":[[\""
                + BadInputs.HUGE_EXPONENT
                + "\",\"1\"]],"
                + "\"asks\":[[\"2\",\"1\"]]}");
    assertOneCleanLine(run("depth", "--snapshot", book.toString()));
    assertOneCleanLine(
        run("depth", "--snapshot", handBook().toString(), "--band", BadInputs.HUGE_EXPONENT));
  }

  @Test
  void deepNestingAndHugeNumbersGiveOneLineNotANullPointer() throws Exception {
    Path deep = write("deep.json", BadInputs.deepNesting(100_000));
    int code = run("depth", "--snapshot", deep.toString());
    assertThat(last.err()).doesNotContain("NullPointer").contains("deep.json");
    assertOneCleanLine(code);
    Path digits =
        write(
            "digits.json",
            "{\"lastUpdateId\":" + BadInputs.longDigits(100_000) + ",\"bids\":[],\"asks\":[]}");
    code = run("depth", "--snapshot", digits.toString());
    assertThat(last.err()).doesNotContain("NullPointer");
    assertOneCleanLine(code);
  }

  @Test
  void nonUtf8AndEndlessInputAreNamed() throws Exception {
    Path latin = BadInputs.latin1(dir.resolve("l1.json"), "{\"lastUpdateId\":1,\"é\":1}");
    int code = run("depth", "--snapshot", latin.toString());
    assertThat(last.err()).contains("is not UTF-8 text").doesNotContain("Input length");
    assertOneCleanLine(code);
    code = run("depth", "--snapshot", BadInputs.INFINITE.toString());
    assertThat(last.err()).contains("/dev/zero is larger than");
    assertOneCleanLine(code);
  }

  @Test
  void aBomBeforeTheJsonIsIgnored() throws Exception {
    Path book = BadInputs.withBom(dir.resolve("bom.json"), Files.readString(handBook()));
    assertThat(run("depth", "--snapshot", book.toString())).as(last.err()).isZero();
  }

  @Test
  void pngOutputNeverReplacesAFolderOrADevice() throws Exception {
    Path folder = BadInputs.fullFolder(dir);
    int code = run("depth", "--snapshot", handBook().toString(), "--png", folder.toString());
    assertThat(last.err()).contains("is a folder");
    assertOneCleanLine(code);
    assertThat(folder.resolve("keep.txt")).hasContent("keep");
    code = run("depth", "--snapshot", handBook().toString(), "--png", BadInputs.DEVICE.toString());
    assertThat(last.err()).contains("device, pipe or socket");
    assertOneCleanLine(code);
  }

  @Test
  void aCrossedBookIsReportedWithAWarning() throws Exception {
    Path crossed =
        write(
            "crossed.json",
            "{\"lastUpdateId\":1,\"bids\":[[\"105\",\"1\"]],\"asks\":[[\"100\",\"1\"]]}");
    assertThat(run("depth", "--snapshot", crossed.toString())).isZero();
    assertThat(last.err())
        .contains("warning: crossed book, best bid 105 is not below best ask 100 (spread -5)");
    assertThat(run("depth", "--snapshot", handBook().toString())).isZero();
    assertThat(last.err()).isEmpty();
  }
}
