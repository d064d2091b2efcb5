package dev.learninglab.core.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointFolderTest {

  record Shape3(int width) {}

  @TempDir Path dir;

  @Test
  void anEnsembleAndItsCardComeBackAsWritten() throws Exception {
    CheckpointFolder folder = CheckpointFolder.at(dir.resolve("net"), "net");
    try (Model a = model(1);
        Model b = model(2);
        Model loaded = model(3)) {
      folder.write(
          CheckpointCard.of("test", 2, 4, 0.75, new Shape3(3)),
          List.of(a.getBlock(), b.getBlock()));

      assertThat(Files.list(folder.dir()).map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("net.json", "net.params", "net-2.params");
      CheckpointCard card = folder.card("test");
      assertThat(card.members()).isEqualTo(2);
      assertThat(card.epoch()).isEqualTo(4);
      assertThat(card.score()).isEqualTo(0.75);
      assertThat(card.stopReason()).isEqualTo(StopReason.RUNNING);
      assertThat(card.model(Shape3.class, "card")).isEqualTo(new Shape3(3));
      folder.loadWeights(1, loaded.getBlock(), loaded.getNDManager());
      assertThat(weights(loaded)).isEqualTo(weights(b));
    }
  }

  @Test
  void recordingWhyTheRunStoppedLeavesTheWeightsAlone() throws Exception {
    CheckpointFolder folder = written("net");
    byte[] weights = Files.readAllBytes(folder.dir().resolve("net.params"));

    folder.recordStop(StopReason.TIME_BUDGET);

    assertThat(folder.card().stopReason()).isEqualTo(StopReason.TIME_BUDGET);
    assertThat(Files.readAllBytes(folder.dir().resolve("net.params"))).isEqualTo(weights);
  }

  @Test
  void aFolderAKillLeftAsideIsPutBackBeforeReading() throws Exception {
    CheckpointFolder folder = written("net");
    // the moment between the two renames of replaceFolder: the old folder moved aside
    Files.move(folder.dir(), dir.resolve(".net.previous"));

    assertThat(folder.card().epoch()).isEqualTo(1);
    assertThat(Files.isDirectory(folder.dir())).isTrue();
  }

  @Test
  void weightsThatAreNotFiniteAreNeverWritten() throws Exception {
    CheckpointFolder folder = written("net");
    String card = Files.readString(folder.dir().resolve("net.json"));
    try (Model broken = model(1)) {
      broken
          .getBlock()
          .getParameters()
          .valueAt(0)
          .getArray()
          .set(new float[] {Float.NaN, 0, 0, 0, 0, 0});
      assertThatThrownBy(
              () ->
                  folder.write(
                      CheckpointCard.of("test", 1, 2, 1, new Shape3(3)),
                      List.of(broken.getBlock())))
          .hasMessageContaining("not finite");
    }
    assertThat(Files.readString(folder.dir().resolve("net.json"))).isEqualTo(card);
  }

  @Test
  void aFolderHoldingOtherFilesIsNotReplaced() throws Exception {
    Path mine = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(mine.resolve("thesis.tex"), "years of work");
    try (Model m = model(1)) {
      assertThatThrownBy(
              () ->
                  CheckpointFolder.at(mine, "net")
                      .write(
                          CheckpointCard.of("test", 1, 1, 1, new Shape3(3)), List.of(m.getBlock())))
          .hasMessageContaining("holds other files");
    }
    assertThat(Files.readString(mine.resolve("thesis.tex"))).isEqualTo("years of work");
  }

  @Test
  void badCardsAreRefusedNamingTheFileAndWhatWasExpected() throws Exception {
    CheckpointFolder folder = written("net");
    Path card = folder.dir().resolve("net.json");
    Map<String, String> cases =
        Map.of(
            "{ not json",
            "is unreadable",
            "[1, 2]",
            "not a JSON object",
            "{\"d\": 56, \"scale\": 3}",
            "must be trained again",
            "{\"lab\": \"test\", \"members\": 0, \"epoch\": 1, \"score\": 1, \"stopReason\":"
                + " \"completed\", \"model\": {}}",
            "members ≥ 1");
    for (var c : cases.entrySet()) {
      Files.writeString(card, c.getKey());
      assertThatThrownBy(folder::card)
          .isInstanceOf(IOException.class)
          .hasMessageContaining(card.toString())
          .hasMessageContaining(c.getValue());
    }
    Files.write(card, "{\"lab\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(folder::card).hasMessageContaining("not UTF-8");
    Files.delete(card);
    assertThatThrownBy(folder::card).hasMessageContaining("lacks net.json");
  }

  @Test
  void aCardOfAnotherLabIsRefused() throws Exception {
    assertThatThrownBy(() -> written("net").card("superres"))
        .hasMessageContaining("is a test model, not a superres one");
  }

  @Test
  void shippedCheckpointsAreReadFromTheResources() throws Exception {
    CheckpointFolder shipped = CheckpointFolder.shipped("/superres/", "fsrcnn-x3");
    assertThat(shipped.exists()).isTrue();
    assertThat(shipped.card("superres").stopReason()).isEqualTo(StopReason.COMPLETED);
    assertThat(CheckpointFolder.shipped("/superres/", "nothing").exists()).isFalse();
    assertThatThrownBy(() -> shipped.recordStop(StopReason.CANCELLED))
        .isInstanceOf(IllegalStateException.class);
  }

  private CheckpointFolder written(String name) throws IOException {
    CheckpointFolder folder = CheckpointFolder.at(dir.resolve(name), name);
    try (Model m = model(1)) {
      folder.write(CheckpointCard.of("test", 1, 1, 0.5, new Shape3(3)), List.of(m.getBlock()));
    }
    return folder;
  }

  private static float[] weights(Model m) {
    return m.getBlock().getParameters().valueAt(0).getArray().toFloatArray();
  }

  private static Model model(int seed) {
    Compute.seed(seed);
    Model model = Model.newInstance("test", Compute.device(), Compute.PYTORCH);
    Block block = Linear.builder().setUnits(3).build();
    model.setBlock(block);
    block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 2));
    return model;
  }
}
