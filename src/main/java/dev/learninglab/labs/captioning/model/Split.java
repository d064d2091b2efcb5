package dev.learninglab.labs.captioning.model;

import java.util.Locale;

/** The three parts of a captioning dataset, named as Flickr8k names its split files. */
public enum Split {
  TRAIN,
  DEV,
  TEST;

  /** Parses {@code train}, {@code dev} (or {@code val}) and {@code test}. */
  public static Split parse(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "train" -> TRAIN;
      case "dev", "val", "validation" -> DEV;
      case "test" -> TEST;
      default ->
          throw new IllegalArgumentException("split `" + text + "` is not one of train, dev, test");
    };
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
