package dev.learninglab.archfixture.sound.labs.tidy.model;

/** A headless model that uses core only. */
public final class Tally {
  public int count(int[] values) {
    return new dev.learninglab.archfixture.sound.core.Sum().of(values);
  }
}
