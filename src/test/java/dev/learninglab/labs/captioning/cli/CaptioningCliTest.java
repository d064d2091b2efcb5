package dev.learninglab.labs.captioning.cli;

import static dev.learninglab.testing.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.io.Json;
import dev.learninglab.testing.Cli;
import dev.learninglab.testing.Mirror;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptioningCliTest {

  @TempDir Path dir;

  @Test
  void dataWritesImagesCaptionsSplitsAndTruth() throws Exception {
    Path out = dir.resolve("shapes");
    Cli r =
        run(
            "captioning",
            "data",
            "--dataset",
            "shapes",
            "--out",
            out.toString(),
            "--count",
            "16",
            "--seed",
            "3",
            "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = Json.mapper().readTree(r.out());
    assertThat(json.get("images").asInt()).isEqualTo(16);
    assertThat(json.get("train").asInt()).isEqualTo(12);
    assertThat(json.get("test").asInt()).isEqualTo(2);
    assertThat(ImageIO.read(out.resolve("images/00015.png").toFile()).getWidth()).isEqualTo(48);
    List<String> captions = Files.readAllLines(out.resolve("captions.txt"));
    assertThat(captions).hasSize(80);
    assertThat(captions.get(0)).startsWith("00000.png#0\t");
    assertThat(Files.readAllLines(out.resolve("test.txt")))
        .containsExactly("00014.png", "00015.png");
    assertThat(Json.mapper().readTree(out.resolve("scenes.json").toFile()).get("scenes").size())
        .isEqualTo(16);
  }

  @Test
  void bleuPrintsTheContractJson() throws Exception {
    Path hyp = dir.resolve("hyp.txt");
    Path ref = dir.resolve("ref.txt");
    Files.writeString(hyp, "a dog runs\nthe girl\n");
    Files.writeString(
        ref,
        "a brown dog runs across the grass|a dog runs on the grass .\n"
            + "the girl in pink is climbing stairs|a little girl climbs\n");
    Cli r =
        run(
            "captioning",
            "bleu",
            "--hypotheses",
            hyp.toString(),
            "--references",
            ref.toString(),
            "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = Json.mapper().readTree(r.out());
    assertThat(json.get("sentences").asInt()).isEqualTo(2);
    // NLTK 3.8 corpus_bleu on the same sentences (case "brevity penalty" of bleu_nltk.json)
    assertThat(json.get("bleu").get(0).asDouble()).isCloseTo(0.36787944117144233, within(1e-9));
    assertThat(json.get("bleu").get(2).asDouble()).isCloseTo(0.2919861059565105, within(1e-9));
  }

  @Test
  void bleuRefusesAnEmptyFileByName() throws Exception {
    Path hyp = dir.resolve("empty.txt");
    Files.writeString(hyp, "");
    Cli r =
        run("captioning", "bleu", "--hypotheses", hyp.toString(), "--references", hyp.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("empty.txt is empty").doesNotContain("Exception");
  }

  @Test
  void bleuRefusesMismatchedLineCounts() throws Exception {
    Path hyp = dir.resolve("h.txt");
    Path ref = dir.resolve("r.txt");
    Files.writeString(hyp, "a\nb\n");
    Files.writeString(ref, "a\n");
    Cli r =
        run("captioning", "bleu", "--hypotheses", hyp.toString(), "--references", ref.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("has 2 lines but").contains("has 1");
  }

  @Test
  void dataRefusesAnUnknownDataset() {
    Cli r = run("captioning", "data", "--dataset", "coco", "--out", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("--dataset coco");
  }

  @Test
  void dataDescribesTheCataloguedFlickr8kCaptionsAndWritesNothing() throws Exception {
    Mirror.assumeDatasets("flickr8k-text");
    Cli r = run("captioning", "data", "--dataset", "flickr8k", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = Json.mapper().readTree(r.out());
    assertThat(json.get("train").asInt()).isEqualTo(6000);
    assertThat(json.get("dev").asInt()).isEqualTo(1000);
    assertThat(json.get("test").asInt()).isEqualTo(1000);
    assertThat(json.get("trainCaptions").asInt()).isEqualTo(30_000);
    assertThat(json.get("commonWords").get(0).get("word").asText()).isEqualTo("a");
    try (var in = getClass().getResourceAsStream("/captioning/flickr_agreement_nltk.json")) {
      JsonNode expected = Json.mapper().readTree(in).get("bleu");
      for (int n = 0; n < 4; n++) {
        assertThat(json.get("humanAgreementBleu").get(n).asDouble())
            .isCloseTo(expected.get(n).asDouble(), within(1e-9));
      }
    }
  }

  @Test
  void flickr8kDataIsNeverCopiedOut() {
    Cli r = run("captioning", "data", "--dataset", "flickr8k", "--out", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("--out").contains("not copied");
    assertThat(dir).isEmptyDirectory();
  }
}
