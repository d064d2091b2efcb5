package dev.learninglab.labs.captioning.io;

import dev.learninglab.core.io.AtomicFiles;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.captioning.model.SceneGenerator;
import dev.learninglab.labs.captioning.model.ShapesDataset;
import dev.learninglab.labs.captioning.model.ShapesExample;
import dev.learninglab.labs.captioning.model.Split;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a shapes dataset in Flickr8k's layout, so any captioning code that reads Flickr8k reads
 * it: {@code images/NNNNN.png}, {@code captions.txt} ({@code NNNNN.png#n<TAB>caption}), {@code
 * train.txt}/{@code dev.txt}/{@code test.txt} and {@code scenes.json} with every object's truth.
 */
public final class ShapesFiles {

  /** What was written. */
  public record Summary(
      String dataset,
      String out,
      long seed,
      int images,
      int captions,
      int train,
      int dev,
      int test) {}

  /** The file that marks a folder as a shapes dataset: every object's truth. */
  private static final String SCENES = "scenes.json";

  private ShapesFiles() {}

  /**
   * Writes the dataset as the folder {@code out}, as one unit: a full disk or Cancel half-way
   * leaves the folder as it was, never part of the images. A folder holding other files is refused.
   */
  public static Summary write(ShapesDataset data, Path out, Progress progress) throws IOException {
    refuseForeignFolder(out);
    AtomicFiles.replaceFolder(out, fresh -> writeInto(data, fresh, progress));
    List<ShapesExample> all = data.all();
    return new Summary(
        "shapes",
        out.toString(),
        data.seed(),
        all.size(),
        all.size() * 5,
        data.split(Split.TRAIN).size(),
        data.split(Split.DEV).size(),
        data.split(Split.TEST).size());
  }

  private static void refuseForeignFolder(Path out) throws IOException {
    if (!Files.isDirectory(out) || Files.isRegularFile(out.resolve(SCENES))) {
      return;
    }
    try (Stream<Path> entries = Files.list(out)) {
      if (entries.findAny().isPresent()) {
        throw new IOException(
            "Cannot write the dataset into "
                + out
                + ": the folder holds other files and no "
                + SCENES
                + "; give a new or empty folder");
      }
    }
  }

  private static void writeInto(ShapesDataset data, Path out, Progress progress)
      throws IOException {
    List<ShapesExample> all = data.all();
    StringBuilder captions = new StringBuilder();
    for (int i = 0; i < all.size(); i++) {
      progress.checkCancelled();
      ShapesExample e = all.get(i);
      CaptionImages.writePng(
          e.pixels(), SceneGenerator.SIDE, out.resolve("images").resolve(e.name()));
      for (int n = 0; n < e.captions().size(); n++) {
        captions.append(e.name()).append('#').append(n).append('\t');
        captions.append(e.captions().get(n)).append('\n');
      }
      progress.report(i + 1, all.size(), e.name());
    }
    AtomicFiles.writeString(out.resolve("captions.txt"), captions.toString());
    for (Split s : Split.values()) {
      StringBuilder names = new StringBuilder();
      data.split(s).forEach(e -> names.append(e.name()).append('\n'));
      AtomicFiles.writeString(out.resolve(s.label() + ".txt"), names.toString());
    }
    AtomicFiles.writeString(
        out.resolve(SCENES),
        Json.write(
            Map.of(
                "seed", data.seed(),
                "side", SceneGenerator.SIDE,
                "scenes",
                    all.stream()
                        .map(e -> Map.of("image", e.name(), "objects", e.scene().objects()))
                        .toList())));
  }
}
