package dev.learninglab.labs.superres.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.learninglab.core.compute.CheckpointCard;
import dev.learninglab.core.compute.EpochReport;
import dev.learninglab.core.compute.StopReason;
import dev.learninglab.core.compute.TrainingDiverged;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.task.Progress;
import dev.learninglab.testing.Checkpoints;
import dev.learninglab.testing.StopAfterFirstEpoch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FsrcnnTrainingTest {

  @TempDir Path dir;

  @Test
  void twoEpochsOnATinySetLowerTheLossAndKeepTheBestCheckpoint() throws Exception {
    Plane camera = Fixtures.plane("camera"); // 60×48 crop of scikit-image's camera
    List<Plane> images = List.of(camera, camera.rotated(1));
    BenchmarkSet validation = validationOf(camera);
    TrainingSpec spec = TrainingSpec.defaults(2, 2, dir).withPatches(256, 16, 8);

    FsrcnnTraining.Outcome outcome =
        FsrcnnTraining.run(
            spec,
            images,
            validation,
            new dev.learninglab.core.compute.TrainingListener() {},
            Progress.none());

    List<EpochReport> epochs = outcome.epochs();
    assertThat(epochs).hasSize(2);
    assertThat(epochs.get(1).trainLoss()).isLessThan(epochs.get(0).trainLoss());
    assertThat(Files.size(spec.paramsFile())).isPositive();
    CheckpointCard card = spec.checkpoint().card(ModelCard.LAB);
    assertThat(ModelLibrary.card(spec.checkpoint()).config()).isEqualTo(FsrcnnConfig.small(2));
    assertThat(card.score()).isEqualTo(outcome.bestPsnr());
    assertThat(card.stopReason()).isEqualTo(StopReason.COMPLETED);
    // the checkpoint holds the best epoch: reloading it reproduces that epoch's PSNR
    try (FsrcnnModel best = ModelLibrary.load(spec.paramsFile())) {
      assertThat(validation.meanPsnr(best)).isEqualTo(outcome.bestPsnr());
    }
    // and it is exported for ONNX Runtime, which then serves it without the PyTorch engine
    assertThat(OnnxExports.place(spec.paramsFile())).isRegularFile();
  }

  @Test
  void aRunStoppedAfterItsFirstEpochLeavesAWeightsAndCardPairThatMatch() throws Exception {
    Plane camera = Fixtures.plane("camera");
    BenchmarkSet validation = validationOf(camera);
    TrainingSpec spec = TrainingSpec.defaults(2, 5, dir).withPatches(128, 16, 8);
    StopAfterFirstEpoch stopper = new StopAfterFirstEpoch();

    assertThatThrownBy(
            () ->
                FsrcnnTraining.run(
                    spec, List.of(camera), validation, stopper.listener(), stopper.progress()))
        .isInstanceOf(CancellationException.class);

    CheckpointCard card = spec.checkpoint().card(ModelCard.LAB);
    assertThat(card.epoch()).isEqualTo(1);
    assertThat(card.stopReason()).isEqualTo(StopReason.CANCELLED);
    try (FsrcnnModel best = ModelLibrary.load(spec.checkpointDir())) {
      assertThat(validation.meanPsnr(best)).isEqualTo(card.score());
    }
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(spec.checkpointDir());
    }
  }

  @Test
  void aRunThatDivergesSaysWhereAndLeavesTheLastCheckpointByteForByte() throws Exception {
    Plane camera = Fixtures.plane("camera");
    BenchmarkSet validation = validationOf(camera);
    TrainingSpec spec = TrainingSpec.defaults(2, 1, dir).withPatches(128, 16, 8);
    FsrcnnTraining.run(spec, List.of(camera), validation, TrainingListener.none(), Progress.none());
    Map<String, String> before = Checkpoints.contents(spec.checkpointDir());

    assertThatThrownBy(
            () ->
                FsrcnnTraining.run(
                    spec.withLearningRate(1e30f),
                    List.of(camera),
                    validation,
                    TrainingListener.none(),
                    Progress.none()))
        .isInstanceOfSatisfying(TrainingDiverged.class, e -> assertThat(e.epoch()).isEqualTo(1))
        .hasMessageStartingWith("Training diverged at epoch 1, step ")
        .hasMessageContaining("nothing was saved");
    assertThat(Checkpoints.contents(spec.checkpointDir())).isEqualTo(before);
  }

  /** The ×2 validation set of one picture: itself, and its bicubic shrink as the input. */
  private static BenchmarkSet validationOf(Plane picture) {
    return new BenchmarkSet(
        2, List.of("camera"), List.of(picture), List.of(Bicubic.downscale(picture, 2)));
  }
}
