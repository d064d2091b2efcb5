package dev.learninglab.labs.captioning.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The shapes-scenes captioning dataset: {@code count} generated images with five captions each,
 * split 75 / 12.5 / 12.5 % (6,000 / 1,000 / 1,000 for the default 8,000, like Flickr8k). Entirely
 * determined by the seed; pixels are rendered on demand, so holding the dataset costs little.
 */
public final class ShapesDataset implements CaptionCorpus {

  /** Images in the default dataset. */
  public static final int DEFAULT_COUNT = 8000;

  /** Seed of the default dataset, the one the shipped models were trained on. */
  public static final long DEFAULT_SEED = 8;

  private final long seed;
  private final List<ShapesExample> examples;

  private ShapesDataset(long seed, List<ShapesExample> examples) {
    this.seed = seed;
    this.examples = List.copyOf(examples);
  }

  /** Generates {@code count} (at least 8) examples from {@code seed}. */
  public static ShapesDataset generate(int count, long seed) {
    if (count < 8 || count > 1_000_000) {
      throw new IllegalArgumentException("--count must be between 8 and 1000000, got " + count);
    }
    List<ShapesExample> examples = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Scene scene = SceneGenerator.scene(seed, i);
      SplittableRandom words = new SplittableRandom((seed * 1_000_003L + i) ^ 0x9E3779B97F4A7C15L);
      examples.add(
          new ShapesExample("%05d.png".formatted(i), scene, CaptionGrammar.captions(scene, words)));
    }
    return new ShapesDataset(seed, examples);
  }

  /** The default 8,000 images. */
  public static ShapesDataset standard() {
    return generate(DEFAULT_COUNT, DEFAULT_SEED);
  }

  @Override
  public String name() {
    return "shapes";
  }

  @Override
  public long seed() {
    return seed;
  }

  public List<ShapesExample> all() {
    return examples;
  }

  /** The examples of one split, in order. */
  @Override
  public List<ShapesExample> split(Split split) {
    int n = examples.size();
    int train = n * 3 / 4;
    int dev = n / 8;
    return switch (split) {
      case TRAIN -> examples.subList(0, train);
      case DEV -> examples.subList(train, train + dev);
      case TEST -> examples.subList(train + dev, n);
    };
  }
}
