package dev.learninglab.labs.audio.model;

/**
 * {@code librosa.power_to_db} and {@code librosa.amplitude_to_db}: {@code 10·log10(max(amin, S) /
 * ref)}, floored at {@code max - top_db}. Computed in float32 like librosa on float32 input, so
 * silence gives a finite floor, never -inf.
 */
public final class Decibels {
  public static final double TOP_DB = 80.0;
  public static final double POWER_AMIN = 1e-10;
  public static final double AMPLITUDE_AMIN = 1e-5;

  private Decibels() {}

  /** The reference level: a fixed value, or the array's maximum ({@code ref=np.max}). */
  public sealed interface Ref {
    record Fixed(double value) implements Ref {}

    record Max() implements Ref {}

    Ref ONE = new Fixed(1.0);
    Ref MAX = new Max();
  }

  /** {@code power_to_db(S, ref, amin=1e-10, top_db=80)}. */
  public static FrameMatrix powerToDb(FrameMatrix power, Ref ref) {
    float refValue = ref instanceof Ref.Fixed f ? (float) Math.abs(f.value()) : power.max();
    return toDb(power, refValue, (float) POWER_AMIN, TOP_DB);
  }

  /** {@code amplitude_to_db(S, ref, amin=1e-5, top_db=80)}: the power of the squared amplitude. */
  public static FrameMatrix amplitudeToDb(FrameMatrix amplitude, Ref ref) {
    float refValue = ref instanceof Ref.Fixed f ? (float) Math.abs(f.value()) : amplitude.max();
    return toDb(
        amplitude.squared(),
        refValue * refValue,
        (float) (AMPLITUDE_AMIN * AMPLITUDE_AMIN),
        TOP_DB);
  }

  private static FrameMatrix toDb(FrameMatrix power, float ref, float amin, double topDb) {
    float offset = (float) (10.0 * Math.log10(Math.max(amin, ref)));
    float[][] out = new float[power.rows()][power.frames()];
    float max = Float.NEGATIVE_INFINITY;
    for (int r = 0; r < out.length; r++) {
      for (int t = 0; t < out[r].length; t++) {
        float db = (float) (10.0 * Math.log10(Math.max(amin, power.get(r, t)))) - offset;
        out[r][t] = db;
        max = Math.max(max, db);
      }
    }
    float floor = (float) (max - topDb);
    for (float[] row : out) {
      for (int t = 0; t < row.length; t++) {
        row[t] = Math.max(row[t], floor);
      }
    }
    return new FrameMatrix(out);
  }
}
