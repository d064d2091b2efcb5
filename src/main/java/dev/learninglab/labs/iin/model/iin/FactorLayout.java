package dev.learninglab.labs.iin.model.iin;

import java.util.List;

/**
 * How the IIN's output z̃ is cut into chunks: the residual z̃₀ first, then one chunk per named
 * factor, each of its own size.
 *
 * @param names the factors' names, without the residual
 * @param sizes residual size first, then one size per name
 */
public record FactorLayout(List<String> names, int[] sizes) {
  public FactorLayout {
    names = List.copyOf(names);
    if (sizes.length != names.size() + 1) {
      throw new IllegalArgumentException(
          names.size() + " factors need " + (names.size() + 1) + " sizes (residual first)");
    }
    for (int s : sizes) {
      if (s < 1) {
        throw new IllegalArgumentException("Every chunk needs at least one dimension");
      }
    }
  }

  public int dim() {
    int d = 0;
    for (int s : sizes) {
      d += s;
    }
    return d;
  }

  /** The chunk of factor {@code name} (1 for the first factor; 0 is the residual). */
  public int chunkOf(String name) {
    int k = names.indexOf(name);
    if (k < 0) {
      throw new IllegalArgumentException(
          "This model has no factor `"
              + name
              + "` (its factors: "
              + String.join(", ", names)
              + ")");
    }
    return k + 1;
  }

  /** First dimension of chunk {@code k}. */
  public int start(int k) {
    int s = 0;
    for (int i = 0; i < k; i++) {
      s += sizes[i];
    }
    return s;
  }

  /** The chunk that dimension {@code d} belongs to. */
  public int chunkAt(int d) {
    int k = 0;
    int end = sizes[0];
    while (d >= end) {
      k++;
      end += sizes[k];
    }
    return k;
  }
}
