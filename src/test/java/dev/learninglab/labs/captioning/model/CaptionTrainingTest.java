package dev.learninglab.labs.captioning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.learninglab.core.compute.CheckpointCard;
import dev.learninglab.core.compute.EpochReport;
import dev.learninglab.core.compute.StopReason;
import dev.learninglab.core.compute.TrainingDiverged;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.io.AtomicFiles;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.task.Progress;
import dev.learninglab.testing.Checkpoints;
import dev.learninglab.testing.StopAfterFirstEpoch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    CheckpointCard card = spec.checkpoint().card(ModelCard.LAB);
    assertThat(card.epoch()).isEqualTo(outcome.bestEpoch());
    assertThat(card.score()).isEqualTo(outcome.bestBleu4());
    assertThat(card.stopReason()).isEqualTo(StopReason.COMPLETED);
    assertThat(reloadedBleu4(spec.checkpointDir())).isEqualTo(card.score());
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

    CheckpointCard card = spec.checkpoint().card(ModelCard.LAB);
    assertThat(card.epoch()).isEqualTo(1);
    assertThat(card.stopReason()).isEqualTo(StopReason.CANCELLED);
    assertThat(reloadedBleu4(spec.checkpointDir())).isEqualTo(card.score());
  }

  @Test
  void aResumedRunStartsFromTheCheckpointAndCountsItsEpochsOn() throws Exception {
    CaptionTraining.run(spec(1), DATA, TrainingListener.none(), Progress.none());
    CheckpointCard first = spec(1).checkpoint().card(ModelCard.LAB);
    double firstSeconds = ModelLibrary.card(spec(1).checkpoint()).seconds();

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

    CheckpointCard after = resumed.checkpoint().card(ModelCard.LAB);
    if (epochs.get(0).validation() > first.score()) {
      assertThat(after.epoch()).isEqualTo(2);
      assertThat(ModelLibrary.card(resumed.checkpoint()).seconds()).isGreaterThan(firstSeconds);
    } else {
      assertThat(after).isEqualTo(first); // a worse epoch never replaces the checkpoint
    }
    assertThat(reloadedBleu4(resumed.checkpointDir())).isEqualTo(after.score());
  }

  @Test
  void resumingFromACheckpointOfOtherCaptionsIsRefusedByName() throws Exception {
    TrainingSpec spec = spec(1);
    CaptionTraining.run(spec, DATA, TrainingListener.none(), Progress.none());
    CheckpointCard card = spec.checkpoint().card(ModelCard.LAB);
    ModelCard mine = ModelLibrary.card(spec.checkpoint());
    List<String> otherWords = new ArrayList<>(mine.vocabulary());
    otherWords.add("hexagon");
    ModelCard other =
        new ModelCard(
            mine.model(),
            otherWords,
            mine.steps(),
            mine.dataset(),
            mine.dataSeed(),
            mine.seed(),
            mine.epochs(),
            mine.seconds());
    Path cardFile = spec.checkpointDir().resolve(spec.checkpoint().cardName());
    AtomicFiles.writeString(
        cardFile,
        Json.write(
            new CheckpointCard(
                card.lab(),
                card.members(),
                card.epoch(),
                card.score(),
                card.created(),
                card.stopReason(),
                Json.mapper().valueToTree(other))));

    assertThatThrownBy(
            () ->
                CaptionTraining.run(
                    spec.withResume(true, 1e-3f), DATA, TrainingListener.none(), Progress.none()))
        .hasMessageContaining(cardFile.toString())
        .hasMessageContaining("other captions");
  }

  @Test
  void aRunThatDivergesSaysWhereAndLeavesTheLastCheckpointByteForByte() throws Exception {
    CaptionTraining.run(spec(1), DATA, TrainingListener.none(), Progress.none());
    Map<String, String> before = Checkpoints.contents(spec(1).checkpointDir());

    assertThatThrownBy(
            () ->
                CaptionTraining.run(
                    spec(2).withResume(false, 1e30f),
                    DATA,
                    TrainingListener.none(),
                    Progress.none()))
        .isInstanceOfSatisfying(TrainingDiverged.class, e -> assertThat(e.epoch()).isEqualTo(1))
        .hasMessageStartingWith("Training diverged at epoch 1, step ")
        .hasMessageContaining("nothing was saved");
    assertThat(Checkpoints.contents(spec(1).checkpointDir())).isEqualTo(before);
  }
}
