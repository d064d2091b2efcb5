package dev.learninglab.labs.captioning.cli;

import static dev.learninglab.labs.captioning.model.CaptioningTexts.T;

import dev.learninglab.core.data.Availability;
import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.ConsoleProgress;
import dev.learninglab.labs.captioning.io.Flickr8kImages;
import dev.learninglab.labs.captioning.model.Flickr8kDataset;
import dev.learninglab.labs.captioning.model.Flickr8kText;
import dev.learninglab.labs.captioning.model.Split;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where {@code train} and {@code eval} find Flickr8k: the photos from {@code --images} (the
 * unzipped {@code Flicker8k_Dataset} folder, its parent, or the zip) or else the catalogued zip
 * when it is already in the user cache or a mirror (never downloaded implicitly: it is 1 GB; {@code
 * data fetch flickr8k-images} does that); the captions and split lists from beside the photos when
 * a learner unzipped Flickr8k_text.zip there, or else the catalogued {@code flickr8k-text}.
 */
final class Flickr8kInput {

  private Flickr8kInput() {}

  static Flickr8kDataset load(Path images, Set<Split> splits, PrintWriter err) throws IOException {
    return load(DatasetResolver.standard(), images, splits, err);
  }

  /** As {@link #load(Path, Set, PrintWriter)}, the catalogued data found by {@code resolver}. */
  static Flickr8kDataset load(
      DatasetResolver resolver, Path images, Set<Split> splits, PrintWriter err)
      throws IOException {
    ConsoleProgress progress = new ConsoleProgress(err);
    Path photos = images != null ? given(images) : catalogued(resolver, progress);
    Path textDir = textBeside(photos);
    if (textDir == null) {
      textDir =
          resolver.resolve(Flickr8kText.DATASET_ID, progress).file(Flickr8kText.TOKENS).getParent();
    }
    err.println(T.get("captioning.cli.flickrInput", photos, textDir));
    err.flush();
    Flickr8kDataset data =
        Flickr8kImages.load(Flickr8kText.read(textDir), photos, splits, progress);
    progress.done();
    return data;
  }

  private static Path given(Path images) throws IOException {
    if (!Files.exists(images)) {
      throw new IllegalArgumentException(
          "--images "
              + images
              + " does not exist: expected the unzipped "
              + Flickr8kImages.FOLDER
              + " folder, its parent, or "
              + Flickr8kImages.ZIP);
    }
    if (Files.isDirectory(images)) {
      try (Stream<Path> entries = Files.list(images)) {
        if (entries.findAny().isEmpty()) {
          throw new IllegalArgumentException(
              "--images "
                  + images
                  + " is empty: expected the Flickr8k photos (the unzipped "
                  + Flickr8kImages.FOLDER
                  + " folder)");
        }
      }
    }
    return images;
  }

  private static Path catalogued(DatasetResolver resolver, ConsoleProgress progress) {
    Availability where = resolver.availability(Flickr8kImages.DATASET_ID);
    if (where != Availability.CACHED && where != Availability.MIRROR) {
      throw new IllegalArgumentException(
          "Flickr8k's photos are not on this machine (nor the catalogued zip in the user cache or"
              + " a mirror): give --images DIR (the unzipped "
              + Flickr8kImages.FOLDER
              + " folder, its parent, or "
              + Flickr8kImages.ZIP
              + "), or fetch the catalogued zip once with `learning-lab data fetch "
              + Flickr8kImages.DATASET_ID
              + "` (about 1 GB)");
    }
    return resolver.resolveFile(Flickr8kImages.DATASET_ID, Flickr8kImages.ZIP, progress);
  }

  /** The folder holding the token file and the three split lists beside the photos, or null. */
  private static Path textBeside(Path photos) {
    List<Path> candidates = new ArrayList<>();
    if (Files.isDirectory(photos)) {
      candidates.add(photos);
    }
    if (photos.toAbsolutePath().getParent() != null) {
      candidates.add(photos.toAbsolutePath().getParent());
    }
    for (Path dir : candidates) {
      boolean complete = Files.isRegularFile(dir.resolve(Flickr8kText.TOKENS));
      for (Split s : Split.values()) {
        complete &= Files.isRegularFile(dir.resolve(Flickr8kText.splitFile(s)));
      }
      if (complete) {
        return dir;
      }
    }
    return null;
  }
}
