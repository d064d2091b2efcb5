package dev.learninglab.labs.superres.view;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.Progress;
import java.nio.file.Path;
import java.util.List;

/** The public-domain photos of the bundled {@code sample-photos} dataset the lab offers. */
final class SamplePhotos {

  static final String DATASET = "sample-photos";

  /** Photos with fine detail, where bicubic and FSRCNN differ visibly; the first is the default. */
  static final List<String> NAMES =
      List.of(
          "chelsea.png", "astronaut.png", "coffee.png", "camera.png", "brick.png", "rocket.jpg");

  private SamplePhotos() {}

  static Path resolve(DatasetResolver datasets, String name, Progress progress) {
    return datasets.resolve(DATASET, progress).file(name);
  }
}
