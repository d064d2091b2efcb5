package dev.learninglab.labs.captioning.model;

import java.util.List;

/**
 * A captioning dataset split like Flickr8k: the generated shapes ({@link ShapesDataset}) or
 * Flickr8k's photos ({@link Flickr8kDataset}). What training needs of it, and what a checkpoint's
 * card records.
 */
public interface CaptionCorpus {

  /** {@code shapes} or {@code flickr8k}, as the model card records it. */
  String name();

  /** The seed the pictures were generated from; 0 for photos, which have none. */
  long seed();

  /** The pictures of one split, in order. */
  List<? extends CaptionedImage> split(Split split);
}
