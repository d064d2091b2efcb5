package dev.learninglab.labs.audio.model;

/** Analysis windows, periodic as {@code scipy.signal.get_window(name, n, fftbins=True)}. */
public enum Window {
  HANN("hann"),
  HAMMING("hamming"),
  RECTANGULAR("boxcar");

  private final String scipyName;

  Window(String scipyName) {
    this.scipyName = scipyName;
  }

  public String scipyName() {
    return scipyName;
  }

  @Override
  public String toString() {
    return scipyName;
  }

  double[] values(int n) {
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      double c = Math.cos(2 * Math.PI * i / n);
      w[i] =
          switch (this) {
            case HANN -> 0.5 - 0.5 * c;
            case HAMMING -> 0.54 - 0.46 * c;
            case RECTANGULAR -> 1.0;
          };
    }
    return w;
  }
}
