package dev.learninglab.labs.superres.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.compute.CheckpointCard;
import dev.learninglab.core.compute.CheckpointFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainedModelTest {

  @TempDir Path dir;

  @Test
  void everyReadableCheckpointIsFoundWithItsScalePsnrAndDate() throws Exception {
    for (int scale : new int[] {2, 4}) {
      try (FsrcnnModel model = FsrcnnModel.create(FsrcnnConfig.small(scale), 1)) {
        CheckpointFolder.at(
                dir.resolve(ModelLibrary.checkpointName(scale)), ModelLibrary.checkpointName(scale))
            .write(
                CheckpointCard.of(
                    ModelCard.LAB, 1, 3, 30 + scale, ModelCard.of(FsrcnnConfig.small(scale), "t")),
                List.of(model.djlModel().getBlock()));
      }
    }
    Files.createDirectories(dir.resolve("fsrcnn-x3"));
    Files.writeString(dir.resolve("fsrcnn-x3/fsrcnn-x3.json"), "{ broken");

    List<TrainedModel> found = TrainedModel.in(dir);

    assertThat(found).extracting(TrainedModel::scale).containsExactly(2, 4);
    assertThat(found.get(1).psnr()).isEqualTo(34);
    assertThat(found.get(1).folder()).isEqualTo(dir.resolve("fsrcnn-x4"));
    assertThat(found.get(0).label()).matches("Trained ×2 · 32[.,]00 dB · \\d{4}-\\d\\d-\\d\\d");
  }
}
