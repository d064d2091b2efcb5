package dev.learninglab.core.data;

/**
 * Grey images with one class label each: {@code pixels} holds {@code count × height × width} values
 * scaled to 0–1, image after image, row after row.
 */
public record ImageSet(
    int count, int height, int width, float[] pixels, int[] labels, int classes) {

  public ImageSet {
    if (pixels.length != (long) count * height * width || labels.length != count) {
      throw new IllegalArgumentException(
          "ImageSet of "
              + count
              + " images "
              + height
              + "×"
              + width
              + " needs "
              + (long) count * height * width
              + " pixels and "
              + count
              + " labels, got "
              + pixels.length
              + " and "
              + labels.length);
    }
  }

  public int pixelsPerImage() {
    return height * width;
  }

  /** Images {@code from} (inclusive) to {@code to} (exclusive), copied. */
  public ImageSet range(int from, int to) {
    if (from < 0 || to > count || from > to) {
      throw new IllegalArgumentException("Range " + from + ".." + to + " is outside 0.." + count);
    }
    int p = pixelsPerImage();
    float[] px = java.util.Arrays.copyOfRange(pixels, from * p, to * p);
    int[] lb = java.util.Arrays.copyOfRange(labels, from, to);
    return new ImageSet(to - from, height, width, px, lb, classes);
  }

  /** The images in the order of {@code order} (a permutation or a selection), copied. */
  public ImageSet reorder(int[] order) {
    int p = pixelsPerImage();
    float[] px = new float[order.length * p];
    int[] lb = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      System.arraycopy(pixels, order[i] * p, px, i * p, p);
      lb[i] = labels[order[i]];
    }
    return new ImageSet(order.length, height, width, px, lb, classes);
  }
}
