package dev.learninglab.labs.audio.model;

/**
 * One clip's mean chroma, summed up the way the article compares genres: where it centres (the
 * strongest pitch class) and how spread out it is (the entropy of the twelve means, scaled so 0 is
 * one pitch class only and 1 all twelve alike).
 *
 * @param name the clip's file name
 * @param meanChroma the twelve means of {@code librosa.feature.chroma_stft}, C first
 */
public record ChromaProfile(String name, double[] meanChroma) {

  public static ChromaProfile of(String name, AudioClip clip) {
    return new ChromaProfile(name, Analysis.of(clip, StftSettings.LIBROSA).meanChroma());
  }

  /** The strongest pitch class, as a sharp name ("E", "C#"). */
  public String centre() {
    int best = 0;
    for (int i = 1; i < meanChroma.length; i++) {
      if (meanChroma[i] > meanChroma[best]) {
        best = i;
      }
    }
    return Notes.SHARPS.get(best);
  }

  /** Shannon entropy of the means taken as a distribution, divided by its largest value ln 12. */
  public double spread() {
    double total = 0;
    for (double m : meanChroma) {
      total += m;
    }
    if (total <= 0) {
      return Double.NaN; // silence: no pitch class at all
    }
    double h = 0;
    for (double m : meanChroma) {
      if (m > 0) {
        double p = m / total;
        h -= p * Math.log(p);
      }
    }
    return h / Math.log(meanChroma.length);
  }
}
