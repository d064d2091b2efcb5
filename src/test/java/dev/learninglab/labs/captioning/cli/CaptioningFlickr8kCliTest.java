package dev.learninglab.labs.captioning.cli;

import static dev.learninglab.testing.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.data.Availability;
import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.io.Json;
import dev.learninglab.labs.captioning.io.Flickr8kFixture;
import dev.learninglab.labs.captioning.io.Flickr8kImages;
import dev.learninglab.labs.captioning.model.ModelLibrary;
import dev.learninglab.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train --dataset flickr8k} and {@code eval} on photos in Flickr8k's layout (a tiny
 * generated fixture with its captions beside it: no real photo, no network), and the one-line
 * refusals.
 */
class CaptioningFlickr8kCliTest {

  @TempDir static Path dir;
  static Path photos;
  static Path model;
  static Cli trained;

  @BeforeAll
  static void trainOnTheFixture() throws Exception {
    photos = Flickr8kFixture.write(dir.resolve("flickr8k"), 96); // 72 train: one batch of 64
    model = dir.resolve("model");
    trained =
        run(
            "captioning",
            "train",
            "--dataset",
            "flickr8k",
            "--model",
            "v3",
            "--epochs",
            "1",
            "--images",
            photos.toString(),
            "--out",
            model.toString(),
            "--json");
  }

  @Test
  void trainWritesACheckpointWhoseCardSaysFlickr8k() throws Exception {
    assertThat(trained.code()).as(trained.err()).isZero();
    JsonNode json = Json.mapper().readTree(trained.out());
    assertThat(json.get("model").asText()).isEqualTo("v3");
    assertThat(json.get("bestEpoch").asInt()).isEqualTo(1);
    assertThat(ModelLibrary.card(model.toString()).dataset()).isEqualTo("flickr8k");
    assertThat(trained.err()).contains("photos from " + photos).contains("captions from " + photos);
  }

  @Test
  void evalScoresThePhotosWithBleuAndNoSemanticAccuracy() throws Exception {
    Cli r =
        run(
            "captioning",
            "eval",
            "--model",
            model.toString(),
            "--split",
            "test",
            "--images",
            photos.resolve(Flickr8kImages.FOLDER).toString(),
            "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = Json.mapper().readTree(r.out());
    assertThat(json.get("images").asInt()).isEqualTo(12);
    assertThat(json.get("bleu")).hasSize(4);
    assertThat(json.get("semanticAccuracy").isNull()).isTrue();

    Cli text =
        run("captioning", "eval", "--model", model.toString(), "--images", photos.toString());
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("on flickr8k test (12 images")
        .contains("semantic accuracy n/a");
  }

  @Test
  void aMissingImagesFolderIsRefusedInOneLine() {
    Path absent = dir.resolve("no-such-folder");
    assertRefusedInOneLine(
        refusedTraining("--images", absent.toString()), absent.toString(), "does not exist");
  }

  @Test
  void anEmptyImagesFolderIsRefusedInOneLine() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertRefusedInOneLine(
        refusedTraining("--images", empty.toString()), empty.toString(), "is empty");
  }

  @Test
  void aFolderWithoutThePhotosIsRefusedInOneLine() throws Exception {
    // a learner who unzipped only Flickr8k_text.zip: the captions, no photos
    Path other = Files.createDirectories(dir.resolve("other"));
    try (Stream<Path> text = Files.list(photos)) {
      for (Path f : text.filter(Files::isRegularFile).toList()) {
        Files.copy(f, other.resolve(f.getFileName()));
      }
    }
    Cli r =
        run(
            "captioning",
            "eval",
            "--model",
            model.toString(),
            "--images",
            other.toString(),
            "--split",
            "dev");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(other.toString()).contains("holds none of the Flickr8k photos");
    // the line saying where the photos were looked for, then the error in one line
    assertThat(r.err().strip().lines()).hasSize(2).last().asString().startsWith("learning-lab");
  }

  @Test
  void withoutImagesAndWithoutTheCataloguedZipTheLearnerIsToldBothWays() {
    Availability zip = DatasetResolver.standard().availability(Flickr8kImages.DATASET_ID);
    assumeTrue(zip != Availability.CACHED && zip != Availability.MIRROR, "the zip is here");
    assertRefusedInOneLine(
        refusedTraining(), "--images DIR", "learning-lab data fetch flickr8k-images");
  }

  @Test
  void v2IsRefusedOnFlickr8kBeforeAnyPhotoIsRead() {
    Cli r =
        run(
            "captioning",
            "train",
            "--dataset",
            "flickr8k",
            "--model",
            "v2",
            "--epochs",
            "1",
            "--images",
            photos.toString(),
            "--out",
            dir.resolve("v2").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("v2 trains on --dataset shapes only")
        .doesNotContain("photos from");
  }

  @Test
  void imagesWithShapesIsRefused() {
    Cli r =
        run(
            "captioning",
            "train",
            "--dataset",
            "shapes",
            "--model",
            "v3",
            "--epochs",
            "1",
            "--images",
            photos.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("--images is for --dataset flickr8k");
  }

  private static void assertRefusedInOneLine(Cli r, String... fragments) {
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(fragments);
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  private static Cli refusedTraining(String... extra) {
    String[] base = {
      "captioning",
      "train",
      "--dataset",
      "flickr8k",
      "--model",
      "v3",
      "--epochs",
      "1",
      "--out",
      dir.resolve("refused").toString()
    };
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return run(args);
  }
}
