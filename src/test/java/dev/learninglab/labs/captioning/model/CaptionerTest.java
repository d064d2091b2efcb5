package dev.learninglab.labs.captioning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.learninglab.core.compute.TrainingLoop;
import dev.learninglab.core.compute.TrainingResult;
import dev.learninglab.core.task.Progress;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptionerTest {

  static List<ShapesExample> train;
  static Vocabulary vocabulary;
  static int steps;

  @TempDir Path dir;

  @BeforeAll
  static void data() {
    train = ShapesDataset.generate(192, 5).all();
    List<List<String>> tokens = new ArrayList<>();
    train.forEach(e -> e.captions().forEach(c -> tokens.add(Tokenizer.tokens(c))));
    vocabulary = Vocabulary.build(tokens, 10_000);
    steps = CaptionTraining.steps(train);
  }

  @Test
  void aShortTrainingRunLowersTheLoss() throws Exception {
    try (Captioner c = Captioner.create(ModelKind.V3, vocabulary, steps, 3)) {
      TrainingResult r =
          new TrainingLoop(
                  new CaptionLoss(true),
                  Optimizer.adam().optLearningRateTracker(Tracker.fixed(3e-3f)).build(),
                  Tracker.fixed(3e-3f))
              .run(
                  c.djlModel(),
                  new CaptionBatches(train, vocabulary, steps, 32, true),
                  new TrainingLoop.Options(4, 3, Encoder.imageShape(32), null),
                  Progress.none());
      double first = r.epochs().get(0).trainLoss();
      double last = r.epochs().get(3).trainLoss();
      assertThat(last).isLessThan(0.8 * first);
    }
  }

  @Test
  void beamSearchOfWidthOneIsGreedyDecoding() {
    try (Captioner c = Captioner.create(ModelKind.V3, vocabulary, steps, 11)) {
      for (ShapesExample e : train.subList(0, 6)) {
        Caption greedy = c.captionAll(List.of(e.pixels())).get(0);
        Caption beam = BeamSearch.run(c, e.pixels(), 1);
        assertThat(beam.tokens()).isEqualTo(greedy.tokens());
        assertThat(beam.ended()).isEqualTo(greedy.ended());
        assertThat(beam.logProb()).isCloseTo(greedy.logProb(), within(1e-4));
      }
    }
  }

  @Test
  void theBeamTreeLinksEachKeptHypothesisToItsParentAndItsBestPathIsTheCaption() throws Exception {
    try (Captioner c = ModelLibrary.bundled(ModelKind.V3)) {
      for (ShapesExample e : train.subList(0, 4)) {
        BeamTree tree = c.beamTree(e.pixels(), 3);
        assertThat(tree.best().tokens()).isEqualTo(BeamSearch.run(c, e.pixels(), 3).tokens());
        List<List<BeamTree.Node>> steps = tree.steps();
        assertThat(steps.get(0)).allSatisfy(n -> assertThat(n.parent()).isEqualTo(-1));
        for (int t = 0; t < steps.size(); t++) {
          List<BeamTree.Node> column = steps.get(t);
          assertThat(column).hasSizeBetween(1, 3);
          for (int i = 1; i < column.size(); i++) {
            assertThat(column.get(i).logProb()).isLessThanOrEqualTo(column.get(i - 1).logProb());
          }
          for (BeamTree.Node n : column) {
            if (t > 0) {
              BeamTree.Node parent = steps.get(t - 1).get(n.parent());
              assertThat(n.logProb()).isLessThanOrEqualTo(parent.logProb() + 1e-12);
              if (n.carried()) {
                assertThat(parent.ended()).isTrue();
                assertThat(n.logProb()).isEqualTo(parent.logProb());
              }
            }
          }
        }
        List<String> path = new ArrayList<>();
        int[] best = tree.bestPath();
        for (int t = 0; t < steps.size(); t++) {
          BeamTree.Node n = steps.get(t).get(best[t]);
          if (!n.carried() && !n.ended()) {
            path.add(n.word());
          }
        }
        assertThat(path).isEqualTo(tree.best().tokens());
        assertThat(steps.get(steps.size() - 1).get(0).logProb()).isEqualTo(tree.best().logProb());
      }
    }
  }

  @Test
  void aWiderBeamNeverFindsALessProbableCaption() {
    try (Captioner c = Captioner.create(ModelKind.V3, vocabulary, steps, 11)) {
      for (ShapesExample e : train.subList(0, 4)) {
        Caption one = BeamSearch.run(c, e.pixels(), 1);
        Caption three = BeamSearch.run(c, e.pixels(), 3);
        if (one.ended() && three.ended()) {
          assertThat(three.logProb()).isGreaterThanOrEqualTo(one.logProb() - 1e-6);
        }
        assertThat(three.beam()).isEqualTo(3);
      }
    }
  }

  @Test
  void stepThroughListsFiveNextWordsAndAttentionOverTheGrid() {
    try (Captioner c = Captioner.create(ModelKind.V3, vocabulary, steps, 2)) {
      List<DecodingStep> trace = c.trace(train.get(0).pixels());
      assertThat(trace).isNotEmpty();
      for (DecodingStep s : trace) {
        assertThat(s.topWords()).hasSize(5);
        assertThat(s.topProbabilities()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(s.word()).isEqualTo(s.topWords().get(0));
        assertThat(s.attention()).hasSize(36);
        double sum = 0;
        for (float a : s.attention()) {
          sum += a;
        }
        assertThat(sum).isCloseTo(1.0, within(1e-4));
      }
      assertThat(trace.stream().map(DecodingStep::word).filter(w -> !w.equals("<end>")).toList())
          .isEqualTo(c.captionAll(List.of(train.get(0).pixels())).get(0).tokens());
    }
  }

  @Test
  void everyModelKindCaptionsABatchAndSurvivesSaveAndLoad() throws Exception {
    for (ModelKind kind : ModelKind.values()) {
      List<float[]> pixels = train.subList(0, 3).stream().map(ShapesExample::pixels).toList();
      try (Captioner c = Captioner.create(kind, vocabulary, steps, 4)) {
        List<Caption> before = c.captionAll(pixels);
        assertThat(before).hasSize(3);
        Path params = dir.resolve(kind.id() + ".params");
        c.save(params);
        try (InputStream in = Files.newInputStream(params);
            Captioner loaded = Captioner.load(kind, vocabulary, steps, in, params.toString())) {
          assertThat(loaded.captionAll(pixels)).isEqualTo(before);
        }
      }
    }
  }
}
