package dev.learninglab.labs.smell.model.graph;

import static dev.learninglab.labs.smell.model.SmellTexts.T;

import java.util.List;

/**
 * ogb's feature vocabularies ({@code ogb/utils/features.py}): every feature is an index into one of
 * these lists, and a value outside a list takes its last index ("misc").
 */
public final class OgbVocabulary {
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
      case 0 -> index == 118 ? word("misc") : Integer.toString(index + 1);
      case 1 -> word(CHIRALITY.get(index));
      case 2, 4, 5 -> index == ATOM_DIMS[feature] - 1 ? "misc" : Integer.toString(index);
      case 3 -> index == 11 ? "misc" : String.format("%+d", index - 5).replace("+0", "0");
      case 6 -> HYBRIDISATION.get(index);
      case 7, 8 -> yesNo(index);
      default -> throw new IllegalArgumentException("atom feature " + feature);
    };
  }

  /** One bond feature decoded to words, for the edge list. */
  public static String describeBond(int feature, int index) {
    return switch (feature) {
      case 0 -> word(BOND_TYPE.get(index));
      case 1 -> word(BOND_STEREO.get(index));
      case 2 -> yesNo(index);
      default -> throw new IllegalArgumentException("bond feature " + feature);
    };
  }

  /** The names of the 9 atom features, in ogb's order and the current language. */
  public static List<String> atomFeatureNames() {
    return List.of(
        T.get("smell.vocab.atomicNumber"),
        T.get("smell.vocab.chirality"),
        T.get("smell.vocab.degree"),
        T.get("smell.vocab.formalCharge"),
        T.get("smell.vocab.hydrogens"),
        T.get("smell.vocab.radicalElectrons"),
        T.get("smell.vocab.hybridisation"),
        T.get("smell.vocab.aromatic"),
        T.get("smell.vocab.inRing"));
  }

  private static String yesNo(int index) {
    return index == 1 ? T.get("smell.vocab.yes") : T.get("smell.vocab.no");
  }

  /** ogb's words in the current language; symbols (CW, SP3, Z, E) stay as they are. */
  private static String word(String ogb) {
    return switch (ogb) {
      case "none" -> T.get("smell.vocab.none");
      case "other" -> T.get("smell.vocab.other");
      case "misc" -> T.get("smell.vocab.misc");
      case "single" -> T.get("smell.vocab.single");
      case "double" -> T.get("smell.vocab.double");
      case "triple" -> T.get("smell.vocab.triple");
      case "aromatic" -> T.get("smell.vocab.aromaticBond");
      case "cis" -> T.get("smell.vocab.cis");
      case "trans" -> T.get("smell.vocab.trans");
      case "any" -> T.get("smell.vocab.any");
      default -> ogb;
    };
  }
}
