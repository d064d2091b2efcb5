package dev.learninglab.labs.captioning.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.learninglab.core.compute.BatchSource;
import dev.learninglab.core.compute.TrainingBatch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Training batches of (picture, one of its captions): each epoch visits every picture once in a
 * shuffled order with one of its captions drawn at random, as Keras generators over Flickr8k do per
 * caption but five times cheaper per epoch. Pictures are rendered per batch, so memory stays small.
 * Inputs are the pictures (and, for a decoder that reads its previous word, the caption shifted
 * right); labels are the caption's words then {@code <end>} then padding.
 */
final class CaptionBatches implements BatchSource {

  private final List<? extends CaptionedImage> images;
  private final Vocabulary vocabulary;
  private final int steps;
  private final int batchSize;
  private final boolean teacherForcing;
  private final List<Integer> order = new ArrayList<>();
  private final List<Integer> captionChoice = new ArrayList<>();

  CaptionBatches(
      List<? extends CaptionedImage> images,
      Vocabulary vocabulary,
      int steps,
      int batchSize,
      boolean teacherForcing) {
    this.images = images;
    this.vocabulary = vocabulary;
    this.steps = steps;
    this.batchSize = batchSize;
    this.teacherForcing = teacherForcing;
  }

  @Override
  public void startEpoch(int epoch, Random random) {
    order.clear();
    captionChoice.clear();
    for (int i = 0; i < images.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    for (int i = 0; i < images.size(); i++) {
      captionChoice.add(random.nextInt(images.get(order.get(i)).captions().size()));
    }
  }

  @Override
  public int batches() {
    return images.size() / batchSize;
  }

  @Override
  public TrainingBatch batch(NDManager manager, int index) {
    List<float[]> pixels = new ArrayList<>();
    long[] input = new long[batchSize * steps];
    long[] target = new long[batchSize * steps];
    for (int b = 0; b < batchSize; b++) {
      int k = index * batchSize + b;
      CaptionedImage image = images.get(order.get(k));
      pixels.add(image.pixels());
      String caption = image.captions().get(captionChoice.get(k));
      int[] ids = vocabulary.encode(Tokenizer.tokens(caption), steps + 1);
      for (int t = 0; t < steps; t++) {
        input[b * steps + t] = ids[t];
        target[b * steps + t] = ids[t + 1];
      }
    }
    NDList inputs = new NDList(Captioner.images(manager, pixels));
    if (teacherForcing) {
      inputs.add(manager.create(input, new Shape(batchSize, steps)));
    }
    return new TrainingBatch(
        inputs, new NDList(manager.create(target, new Shape(batchSize, steps))), batchSize);
  }
}
