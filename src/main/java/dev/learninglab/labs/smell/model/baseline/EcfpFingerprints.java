package dev.learninglab.labs.smell.model.baseline;

import dev.learninglab.labs.smell.model.graph.OgbFeaturizer;
import java.util.List;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.fingerprint.CircularFingerprinter;

/** ECFP4 (radius 2) folded to 2048 bits with CDK's circular fingerprinter, as on-bit lists. */
public final class EcfpFingerprints {
  public static final int BITS = 2048;

  private EcfpFingerprints() {}

  /** The on-bits of each molecule. */
  public static int[][] of(List<String> smiles) {
    OgbFeaturizer featurizer = new OgbFeaturizer();
    CircularFingerprinter fingerprinter =
        new CircularFingerprinter(CircularFingerprinter.CLASS_ECFP4, BITS);
    int[][] bits = new int[smiles.size()][];
    for (int i = 0; i < bits.length; i++) {
      try {
        bits[i] = fingerprinter.getBitFingerprint(featurizer.molecule(smiles.get(i))).getSetbits();
      } catch (CDKException e) {
        throw new IllegalArgumentException(
            "No fingerprint for '" + smiles.get(i) + "': " + e.getMessage(), e);
      }
    }
    return bits;
  }
}
