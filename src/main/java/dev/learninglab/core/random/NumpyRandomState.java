package dev.learninglab.core.random;

import java.util.List;

/**
 * NumPy's legacy {@code numpy.random.RandomState}: the MT19937 generator seeded and drawn
 * exactly as NumPy does, so that Java code reproduces Python results to the bit — for example
 * scikit-learn's {@code train_test_split(..., random_state=3)}, whose split is the first
 * {@code n_test} entries of {@code RandomState(3).permutation(n)}.
 *
 * <pre>{@code
 * int[] perm = new NumpyRandomState(3).permutation(10);   // == np.random.RandomState(3).permutation(10)
 * }</pre>
 *
 * <p>Not thread-safe: one instance per thread of work, as in NumPy.
 */
public final class NumpyRandomState {
  private static final int N = 624;
  private static final int M = 397;
  private static final int MATRIX_A = 0x9908b0df;
  private static final int UPPER_MASK = 0x80000000;
  private static final int LOWER_MASK = 0x7fffffff;

  private final int[] mt = new int[N];
  private int pos;

  /** {@code RandomState(seed)} for an integer seed in [0, 2^32 - 1]. */
  public NumpyRandomState(long seed) {
    if (seed < 0 || seed > 0xFFFFFFFFL) {
      throw new IllegalArgumentException("Seed must be between 0 and 2**32 - 1, got " + seed);
    }
    initGenrand((int) seed);
  }

  /** {@code RandomState([k0, k1, ...])}: seeding by an array of 32-bit words (init_by_array). */
  public NumpyRandomState(long[] key) {
    if (key.length == 0) {
      throw new IllegalArgumentException("Seed array must not be empty");
    }
    initByArray(key);
  }

  private void initGenrand(int s) {
    mt[0] = s;
    for (int i = 1; i < N; i++) {
      mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
    }
    pos = N;
  }

  private void initByArray(long[] key) {
    initGenrand(19650218);
    int i = 1;
    int j = 0;
    for (int k = Math.max(N, key.length); k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + (int) key[j] + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) {
        j = 0;
      }
    }
    for (int k = N - 1; k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000; // NumPy, like the reference code, makes the initial state non-zero
    pos = N;
  }

  private void generate() {
    for (int k = 0; k < N; k++) {
      int y = (mt[k] & UPPER_MASK) | (mt[(k + 1) % N] & LOWER_MASK);
      mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
    }
    pos = 0;
  }

  /** The next raw 32-bit output, as an unsigned value in a long. */
  public long nextUint32() {
    if (pos == N) {
      generate();
    }
    int y = mt[pos++];
    y ^= (y >>> 11);
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= (y >>> 18);
    return y & 0xFFFFFFFFL;
  }

  /** Two 32-bit outputs, high word first, as NumPy's MT19937 next_uint64. */
  private long nextUint64() {
    return (nextUint32() << 32) | nextUint32();
  }

  /** {@code random_sample()}: a double in [0, 1) with 53 random bits. */
  public double randomSample() {
    long a = nextUint32() >>> 5;
    long b = nextUint32() >>> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
  }

  /** {@code random_sample(size)}. */
  public double[] randomSample(int size) {
    double[] out = new double[size];
    for (int i = 0; i < size; i++) {
      out[i] = randomSample();
    }
    return out;
  }

  /**
   * A uniform integer in [0, max] by NumPy's masked rejection sampling (its
   * {@code random_interval} and the legacy bounded-integer path share it).
   */
  long interval(long max) {
    if (max == 0) {
      return 0;
    }
    long mask = max;
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    mask |= mask >>> 32;
    long value;
    if (max <= 0xFFFFFFFFL) {
      do {
        value = nextUint32() & mask;
      } while (value > max);
    } else {
      do {
        value = nextUint64() & mask;
      } while (Long.compareUnsigned(value, max) > 0);
    }
    return value;
  }

  /** {@code randint(low, high)}: an integer in [low, high), int64 as NumPy's default dtype. */
  public long randint(long low, long high) {
    if (high <= low) {
      throw new IllegalArgumentException("randint: low >= high (" + low + " >= " + high + ")");
    }
    return low + interval(high - low - 1);
  }

  /** {@code randint(low, high, size)}. */
  public long[] randint(long low, long high, int size) {
    long[] out = new long[size];
    for (int i = 0; i < size; i++) {
      out[i] = randint(low, high);
    }
    return out;
  }

  /** {@code permutation(n)}: a shuffled {@code arange(n)}. */
  public int[] permutation(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    shuffle(a);
    return a;
  }

  /** {@code shuffle(x)} in place (Fisher–Yates from the end, as NumPy). */
  public void shuffle(int[] x) {
    for (int i = x.length - 1; i > 0; i--) {
      int j = (int) interval(i);
      int t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
  }

  /** {@code shuffle(x)} in place for doubles. */
  public void shuffle(double[] x) {
    for (int i = x.length - 1; i > 0; i--) {
      int j = (int) interval(i);
      double t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
  }

  /**
   * {@code shuffle(x)} in place for a list — the same draws as for an array, so shuffling the
   * rows of a 2-D array (a list of rows) matches NumPy's shuffle along the first axis.
   */
  public <T> void shuffle(List<T> x) {
    for (int i = x.size() - 1; i > 0; i--) {
      int j = (int) interval(i);
      T t = x.get(i);
      x.set(i, x.get(j));
      x.set(j, t);
    }
  }
}
