package dev.learninglab.labs.captioning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.learninglab.core.compute.EpochReport;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.task.Progress;
import dev.learninglab.testing.StopAfterFirstEpoch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The best epoch kept as one checkpoint folder whose card describes its weights, and resuming. */
class CaptionTrainingTest {

  private static final ShapesDataset DATA = ShapesDataset.generate(200, 5);

  @TempDir Path dir;

  private TrainingSpec spec(int epochs) {
    return TrainingSpec.defaults(ModelKind.V3, epochs, dir).withSizes(32, 1, 20);
  }

  /** Greedy dev BLEU-4 of the checkpoint as loaded from disk: what its card must claim. */
  private static double reloadedBleu4(Path checkpoint) throws Exception {
    List<ShapesExample> dev = DATA.split(Split.DEV).subList(0, 20); // the validation pictures
    try (Captioner c = ModelLibrary.open(checkpoint.toString())) {
      List<Caption> captions = c.captionAll(dev.stream().map(ShapesExample::pixels).toList());
      List<List<List<String>>> refs = new ArrayList<>();
      dev.forEach(e -> refs.add(e.captions().stream().map(Tokenizer::tokens).toList()));
      return Bleu.corpus(refs, captions.stream().map(Caption::tokens).toList())[3];
    }
  }

  @Test
  void theBestEpochIsOneFolderWhoseCardMatchesItsWeights() throws Exception {
    TrainingSpec spec = spec(2);
    CaptionTraining.Outcome outcome =
        CaptionTraining.run(spec, DATA, TrainingListener.none(), Progress.none());

    ModelCard card = ModelCard.read(spec.cardFile());
    assertThat(card.bestEpoch()).isEqualTo(outcome.bestEpoch());
    assertThat(card.validationBleu4()).isEqualTo(outcome.bestBleu4());
    assertThat(reloadedBleu4(spec.checkpointDir())).isEqualTo(card.validationBleu4());
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(spec.checkpointDir()); // no temporary folder left behind
    }
  }

  @Test
  void aRunStoppedAfterItsFirstEpochLeavesAWeightsAndCardPairThatMatch() throws Exception {
    TrainingSpec spec = spec(4);
    StopAfterFirstEpoch stopper = new StopAfterFirstEpoch();

    assertThatThrownBy(
            () -> CaptionTraining.run(spec, DATA, stopper.listener(), stopper.progress()))
        .isInstanceOf(CancellationException.class);

    ModelCard card = ModelCard.read(spec.cardFile());
    assertThat(card.bestEpoch()).isEqualTo(1);
    assertThat(reloadedBleu4(spec.checkpointDir())).isEqualTo(card.validationBleu4());
  }

  @Test
  void aResumedRunStartsFromTheCheckpointAndCountsItsEpochsOn() throws Exception {
    CaptionTraining.run(spec(1), DATA, TrainingListener.none(), Progress.none());
    ModelCard first = ModelCard.read(spec(1).cardFile());

    List<EpochReport> epochs = new ArrayList<>();
    TrainingSpec resumed = spec(1).withResume(true, 1e-3f);
    CaptionTraining.run(
        resumed,
        DATA,
        new TrainingListener() {
          @Override
          public void epochEnded(EpochReport r) {
            epochs.add(r);
          }
        },
        Progress.none());

    ModelCard after = ModelCard.read(resumed.cardFile());
    if (epochs.get(0).validation() > first.validationBleu4()) {
      assertThat(after.bestEpoch()).isEqualTo(2);
      assertThat(after.seconds()).isGreaterThan(first.seconds());
    } else {
      assertThat(after).isEqualTo(first); // a worse epoch never replaces the checkpoint
    }
    assertThat(reloadedBleu4(resumed.checkpointDir())).isEqualTo(after.validationBleu4());
  }

  @Test
  void resumingFromACheckpointOfOtherCaptionsIsRefusedByName() throws Exception {
    TrainingSpec spec = spec(1);
    CaptionTraining.run(spec, DATA, TrainingListener.none(), Progress.none());
    ModelCard card = ModelCard.read(spec.cardFile());
    List<String> otherWords = new ArrayList<>(card.vocabulary());
    otherWords.add("hexagon");
    new ModelCard(
            card.model(),
            otherWords,
            card.steps(),
            card.dataset(),
            card.dataSeed(),
            card.seed(),
            card.epochs(),
            card.bestEpoch(),
            card.validationBleu4(),
            card.seconds())
        .write(spec.checkpointDir());

    assertThatThrownBy(
            () ->
                CaptionTraining.run(
                    spec.withResume(true, 1e-3f), DATA, TrainingListener.none(), Progress.none()))
        .hasMessageContaining(spec.cardFile().toString())
        .hasMessageContaining("other captions");
  }
}
