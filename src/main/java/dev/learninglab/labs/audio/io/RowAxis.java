package dev.learninglab.labs.audio.io;

import static dev.learninglab.labs.audio.model.AudioTexts.T;

import dev.learninglab.labs.audio.model.MelFilterBank;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a heat map's rows are laid out vertically: categories (pitch classes, coefficients) or FFT
 * bins on a linear, logarithmic or mel frequency scale. Fractions run from 0 (bottom) to 1 (top).
 */
public interface RowAxis {
  /** The row shown at vertical fraction {@code f}. */
  int rowAt(double f);

  /** Tick positions (fractions) and their labels. */
  List<Tick> ticks();

  /** A label for the row, e.g. "440 Hz" or "E". */
  String rowLabel(int row);

  String title();

  record Tick(double fraction, String label) {}

  /** Equal-height rows with names. */
  static RowAxis categories(String title, List<String> names) {
    return new RowAxis() {
      @Override
      public int rowAt(double f) {
        return Math.max(0, Math.min(names.size() - 1, (int) (f * names.size())));
      }

      @Override
      public List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        int step = Math.max(1, names.size() / 12);
        for (int i = 0; i < names.size(); i += step) {
          ticks.add(new Tick((i + 0.5) / names.size(), names.get(i)));
        }
        return ticks;
      }

      @Override
      public String rowLabel(int row) {
        return names.get(row);
      }

      @Override
      public String title() {
        return title;
      }
    };
  }

  /** FFT bins 0..bins-1 of width {@code binHz}, drawn on the given frequency scale. */
  static RowAxis frequency(FrequencyScale scale, int bins, double binHz) {
    double top = (bins - 1) * binHz;
    double low = scale == FrequencyScale.LOG ? Math.max(binHz, 20) : 0;
    double a = scale.warp(low);
    double b = scale.warp(top);
    return new RowAxis() {
      @Override
      public int rowAt(double f) {
        double hz = scale.unwarp(a + f * (b - a));
        return (int) Math.max(0, Math.min(bins - 1, Math.round(hz / binHz)));
      }

      @Override
      public List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        for (double hz : scale.tickFrequencies(top)) {
          if (hz >= low && hz <= top) {
            ticks.add(new Tick((scale.warp(hz) - a) / (b - a), hzLabel(hz)));
          }
        }
        return ticks;
      }

      @Override
      public String rowLabel(int row) {
        return String.format(Locale.ROOT, "%.1f Hz", row * binHz);
      }

      @Override
      public String title() {
        return T.get("audio.axis.hz", scale.shown());
      }
    };
  }

  static String hzLabel(double hz) {
    return hz >= 1000
        ? String.format(Locale.ROOT, hz % 1000 == 0 ? "%.0fk" : "%.1fk", hz / 1000)
        : String.format(Locale.ROOT, "%.0f", hz);
  }

  /** The frequency axis scales librosa's specshow offers for spectrograms. */
  enum FrequencyScale {
    LINEAR,
    LOG,
    MEL;

    /** The scale's name in the current language. */
    public String shown() {
      return switch (this) {
        case LINEAR -> T.get("audio.scale.linear");
        case LOG -> T.get("audio.scale.log");
        case MEL -> T.get("audio.scale.mel");
      };
    }

    double warp(double hz) {
      return switch (this) {
        case LINEAR -> hz;
        case LOG -> Math.log(Math.max(hz, 1e-3));
        case MEL -> MelFilterBank.hzToMel(hz);
      };
    }

    double unwarp(double v) {
      return switch (this) {
        case LINEAR -> v;
        case LOG -> Math.exp(v);
        case MEL -> MelFilterBank.melToHz(v);
      };
    }

    double[] tickFrequencies(double top) {
      return switch (this) {
        case LINEAR ->
            top > 8000
                ? new double[] {0, 2000, 4000, 6000, 8000, 10000, 12000, 16000, 20000}
                : new double[] {0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000};
        case LOG -> new double[] {30, 60, 125, 250, 500, 1000, 2000, 4000, 8000, 16000};
        case MEL -> new double[] {0, 250, 500, 1000, 2000, 4000, 8000, 16000};
      };
    }

    /** The English name ("log"), as the command line's options spell it. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
