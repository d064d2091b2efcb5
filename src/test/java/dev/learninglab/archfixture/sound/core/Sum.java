package dev.learninglab.archfixture.sound.core;

/** Core, beneath the labs. */
public final class Sum {
  public int of(int[] values) {
    int total = 0;
    for (int v : values) {
      total += v;
    }
    return total;
  }
}
