package dev.learninglab.core.data;

import java.util.function.Supplier;

/** A value computed once, on first request, by whichever thread asks first. */
final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> compute;
  private volatile T value;

  Lazy(Supplier<T> compute) {
    this.compute = compute;
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = compute.get();
          value = v;
        }
      }
    }
    return v;
  }
}
