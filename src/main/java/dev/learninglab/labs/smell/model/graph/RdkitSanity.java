package dev.learninglab.labs.smell.model.graph;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IPseudoAtom;

/**
 * What RDKit's {@code MolFromSmiles} refuses and CDK reads: an unknown element ({@code [Xx]}, which
 * CDK keeps as a pseudo atom) and an atom with more bonds than its element allows ({@code [CH5]},
 * {@code C#C#C}). RDKit 2022.09's rule ({@code Atom::calcExplicitValence}, strict): the explicit
 * valence (bond orders plus hydrogens written on the atom), less the charge for elements with 4 or
 * more outer electrons and plus it for the others, must not exceed the element's largest allowed
 * valence. Elements RDKit does not check (transition metals, Mg, Ca …) are not checked here either.
 */
final class RdkitSanity {
  private RdkitSanity() {}

  /**
   * Checks the molecule as parsed, before hydrogens are folded into their atoms.
   *
   * @param bracketed whether each atom (by index) was written in brackets, so that its hydrogen
   *     count was written and not filled in
   * @throws InvalidSmilesException naming the atom (1-based, as written) and why
   */
  static void check(IAtomContainer mol, boolean[] bracketed, String shown) {
    for (int i = 0; i < mol.getAtomCount(); i++) {
      IAtom atom = mol.getAtom(i);
      if (atom instanceof IPseudoAtom pseudo && !"*".equals(pseudo.getLabel())) {
        throw new InvalidSmilesException(
            "Invalid SMILES "
                + shown
                + ": atom "
                + (i + 1)
                + " is not an element ("
                + pseudo.getLabel()
                + ")");
      }
      Integer z = atom.getAtomicNumber();
      int max = z == null ? -1 : maxValence(z);
      if (max <= 0) {
        continue;
      }
      int explicit = i < bracketed.length && bracketed[i] ? RdkitRules.implicitH(atom) : 0;
      for (IBond bond : mol.getConnectedBondsList(atom)) {
        explicit +=
            bond.getOrder() == null || bond.getOrder() == IBond.Order.UNSET
                ? 1
                : bond.getOrder().numeric();
      }
      int charge = RdkitRules.charge(atom);
      int effective = RdkitRules.outerElectrons(z) >= 4 ? explicit - charge : explicit + charge;
      effective -= 2 * cleanedUpBonds(mol, atom, z, charge, explicit);
      if (effective > max) {
        throw new InvalidSmilesException(
            "Invalid SMILES "
                + shown
                + ": atom "
                + (i + 1)
                + " ("
                + atom.getSymbol()
                + ") has valence "
                + explicit
                + ", more than "
                + atom.getSymbol()
                + " allows ("
                + max
                + ")");
      }
    }
  }

  /**
   * How many of the atom's double (or triple) bonds RDKit's {@code cleanUp} turns into a single
   * bond to a negative neighbour before it checks valences, each taking 2 from the effective
   * valence (one bond order, one positive charge): a neutral pentavalent nitrogen's first {@code
   * =O} or {@code #N} ({@code CN(=O)=O}, {@code CN=N#N}), and the three {@code =O} of a neutral
   * chlorine, bromine or iodine with four oxygens ({@code OCl(=O)(=O)=O}; {@code FCl(=O)=O} is
   * refused).
   */
  private static int cleanedUpBonds(
      IAtomContainer mol, IAtom atom, int z, int charge, int valence) {
    if (charge != 0) {
      return 0;
    }
    int count = 0;
    int oxygens = 0;
    for (IBond bond : mol.getConnectedBondsList(atom)) {
      IAtom other = bond.getOther(atom);
      int otherZ = other.getAtomicNumber() == null ? 0 : other.getAtomicNumber();
      boolean toOxygen = otherZ == 8 && bond.getOrder() == IBond.Order.DOUBLE;
      boolean toNitrogen = otherZ == 7 && bond.getOrder() == IBond.Order.TRIPLE;
      if (z == 7 && valence == 5 && (toOxygen || toNitrogen)) {
        return 1;
      }
      if (otherZ == 8) {
        oxygens++;
      }
      if (toOxygen) {
        count++;
      }
    }
    boolean halogen = z == 17 || z == 35 || z == 53;
    return halogen && oxygens == 4 && count == 3 ? 3 : 0;
  }

  /**
   * The largest valence in RDKit 2022.09's periodic table ({@code GetValenceList(z)}, its last
   * entry); 0 or less where RDKit accepts any (noble gases list 0, metals -1).
   */
  static int maxValence(int z) {
    return switch (z) {
      case 1, 3, 9, 11, 17, 19, 35, 37, 55, 87 -> 1;
      case 4 -> 2;
      case 5, 31, 49, 81 -> 3;
      case 6, 32 -> 4;
      case 7 -> 3;
      case 8 -> 2;
      case 13, 14, 16, 34, 52, 84 -> 6;
      case 15, 33, 51, 83 -> 7;
      case 50, 82 -> 4;
      case 53, 85 -> 5;
      case 54 -> 6;
      default -> -1;
    };
  }
}
