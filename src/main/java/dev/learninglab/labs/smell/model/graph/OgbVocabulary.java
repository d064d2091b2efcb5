package dev.learninglab.labs.smell.model.graph;

import java.util.List;

/**
 * ogb's feature vocabularies ({@code ogb/utils/features.py}): every feature is an index into one of
 * these lists, and a value outside a list takes its last index ("misc").
 */
public final class OgbVocabulary {
  /** Names of the 9 atom features, in ogb's order. */
  public static final List<String> ATOM_FEATURES =
      List.of(
          "atomic number",
          "chirality",
          "degree",
          "formal charge",
          "hydrogens",
          "radical electrons",
          "hybridisation",
          "aromatic",
          "in ring");

  /** Names of the 3 bond features, in ogb's order. */
  public static final List<String> BOND_FEATURES = List.of("bond type", "stereo", "conjugated");

  static final List<String> CHIRALITY = List.of("none", "CW", "CCW", "other", "misc");
  static final List<String> HYBRIDISATION = List.of("SP", "SP2", "SP3", "SP3D", "SP3D2", "misc");
  static final List<String> BOND_TYPE = List.of("single", "double", "triple", "aromatic", "misc");
  static final List<String> BOND_STEREO = List.of("none", "Z", "E", "cis", "trans", "any");

  /** The size of each atom feature's vocabulary (for embeddings). */
  public static final int[] ATOM_DIMS = {119, 5, 12, 12, 10, 6, 6, 2, 2};

  /** The size of each bond feature's vocabulary. */
  public static final int[] BOND_DIMS = {5, 6, 2};

  static final int CHIRALITY_CW = 1;
  static final int CHIRALITY_CCW = 2;
  static final int STEREO_Z = 1;
  static final int STEREO_E = 2;
  static final int HYB_SP = 0;
  static final int HYB_SP2 = 1;
  static final int HYB_SP3 = 2;
  static final int HYB_SP3D = 3;
  static final int HYB_SP3D2 = 4;
  static final int MISC_HYBRIDISATION = 5;

  private OgbVocabulary() {}

  /** ogb's rule: the value's index if it is in 0..size-2, else the last index. */
  static int bounded(int value, int size) {
    return value >= 0 && value < size - 1 ? value : size - 1;
  }

  /** One atom feature decoded to words, for the atom table. */
  public static String describeAtom(int feature, int index) {
    return switch (feature) {
      case 0 -> index == 118 ? "misc" : Integer.toString(index + 1);
      case 1 -> CHIRALITY.get(index);
      case 2, 4, 5 -> index == ATOM_DIMS[feature] - 1 ? "misc" : Integer.toString(index);
      case 3 -> index == 11 ? "misc" : String.format("%+d", index - 5).replace("+0", "0");
      case 6 -> HYBRIDISATION.get(index);
      case 7, 8 -> index == 1 ? "yes" : "no";
      default -> throw new IllegalArgumentException("atom feature " + feature);
    };
  }

  /** One bond feature decoded to words, for the edge list. */
  public static String describeBond(int feature, int index) {
    return switch (feature) {
      case 0 -> BOND_TYPE.get(index);
      case 1 -> BOND_STEREO.get(index);
      case 2 -> index == 1 ? "yes" : "no";
      default -> throw new IllegalArgumentException("bond feature " + feature);
    };
  }
}
