package dev.learninglab.labs.captioning.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Flickr8k's photos joined with their captions, per split of the standard 6,000 / 1,000 / 1,000
 * lists; only the splits a command needs are loaded (training: train and dev).
 */
public final class Flickr8kDataset implements CaptionCorpus {

  private final Map<Split, List<Flickr8kExample>> splits;

  public Flickr8kDataset(Map<Split, List<Flickr8kExample>> splits) {
    this.splits = new EnumMap<>(Split.class);
    splits.forEach((s, examples) -> this.splits.put(s, List.copyOf(examples)));
  }

  @Override
  public String name() {
    return "flickr8k";
  }

  @Override
  public long seed() {
    return 0;
  }

  @Override
  public List<Flickr8kExample> split(Split split) {
    List<Flickr8kExample> examples = splits.get(split);
    if (examples == null) {
      throw new IllegalArgumentException(
          "the Flickr8k "
              + split.label()
              + " split was not loaded (loaded: "
              + splits.keySet()
              + ")");
    }
    return examples;
  }
}
