package dev.learninglab.labs.captioning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.captioning.io.Flickr8kFixture;
import dev.learninglab.labs.captioning.io.Flickr8kImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shapes training run unchanged on photos in Flickr8k's layout (a tiny generated fixture). */
class Flickr8kTrainingTest {

  @TempDir static Path dir;
  static Flickr8kDataset data;

  @BeforeAll
  static void photos() throws Exception {
    Path photos = Flickr8kFixture.write(dir.resolve("flickr8k"), 48); // 36 train, 6 dev, 6 test
    data =
        Flickr8kImages.load(
            Flickr8kText.read(photos), photos, EnumSet.allOf(Split.class), Progress.none());
  }

  private static TrainingSpec spec(ModelKind kind, Path out) {
    return TrainingSpec.defaults(kind, 2, out).withSizes(12, 1, 6);
  }

  @Test
  void v3TrainsOnThePhotosAndItsCardSaysFlickr8k() throws Exception {
    TrainingSpec spec = spec(ModelKind.V3, dir.resolve("v3-out"));

    CaptionTraining.Outcome outcome =
        CaptionTraining.run(spec, data, TrainingListener.none(), Progress.none());

    assertThat(outcome.epochs()).hasSize(2);
    ModelCard card = ModelLibrary.card(spec.checkpoint());
    assertThat(card.dataset()).isEqualTo("flickr8k");
    assertThat(card.dataSeed()).isZero();
    assertThat(spec.checkpoint().card().score()).isEqualTo(outcome.bestBleu4());
    // the vocabulary is the photos' captions' words (the fixture's, with Flickr's " ." dropped)
    assertThat(card.vocabulary()).contains("circle").doesNotContain(".");
    assertThat(Files.isRegularFile(spec.paramsFile())).isTrue();
  }

  @Test
  void v1TrainsOnThePhotosToo() throws Exception {
    TrainingSpec spec = spec(ModelKind.V1, dir.resolve("v1-out"));

    CaptionTraining.run(spec, data, TrainingListener.none(), Progress.none());

    assertThat(ModelLibrary.card(spec.checkpoint()).dataset()).isEqualTo("flickr8k");
  }

  @Test
  void v2IsRefusedOnPhotosSayingWhy() {
    TrainingSpec spec = spec(ModelKind.V2, dir.resolve("v2-out"));

    assertThatThrownBy(
            () -> CaptionTraining.run(spec, data, TrainingListener.none(), Progress.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("v2 trains on --dataset shapes only")
        .hasMessageContaining("train v1 or v3 on flickr8k");
    assertThat(Files.exists(spec.checkpointDir())).isFalse();
  }

  @Test
  void evaluatingPhotosGivesBleuButNoSemanticAccuracy() throws Exception {
    TrainingSpec spec = spec(ModelKind.V3, dir.resolve("eval-out"));
    CaptionTraining.run(spec, data, TrainingListener.none(), Progress.none());

    try (Captioner c = ModelLibrary.open(spec.checkpointDir().toString())) {
      Evaluation e =
          Evaluator.evaluate(c, "fixture", data.split(Split.TEST), Split.TEST, 1, Progress.none());

      assertThat(e.images()).isEqualTo(6);
      assertThat(e.bleu()).hasSize(4);
      assertThat(e.semanticAccuracy()).isNaN(); // no truth for a photo: n/a, not 0
    }
  }
}
