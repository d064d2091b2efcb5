package dev.learninglab.labs.smell.model.graph;

import java.util.ArrayList;
import java.util.List;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * RDKit's perception rules (2022.09, {@code ConjugHybrid.cpp} and {@code assignRadicals}),
 * re-stated over a CDK molecule, so that CDK gives the hybridisation, conjugation and radical
 * counts that ogb's features get from RDKit. CDK's own atom typing answers differently (e.g. the
 * oxygen of an ester is SP2 in RDKit because it has a conjugated bond, SP3 in CDK).
 */
final class RdkitRules {
  private RdkitRules() {}

  /** Outer-shell electrons; main-group elements only, 0 where RDKit's table would not matter. */
  static int outerElectrons(int atomicNumber) {
    return switch (atomicNumber) {
      case 1, 3, 11, 19, 37, 55 -> 1;
      case 2, 4, 12, 20, 38, 56 -> 2;
      case 5, 13, 31, 49 -> 3;
      case 6, 14, 32, 50 -> 4;
      case 7, 15, 33, 51 -> 5;
      case 8, 16, 34, 52 -> 6;
      case 9, 17, 35, 53 -> 7;
      case 10, 18, 36, 54 -> 8;
      default -> 0;
    };
  }

  /** RDKit's default (first) valence; -1 for elements RDKit treats as metals. */
  static int defaultValence(int atomicNumber) {
    return switch (atomicNumber) {
      case 1, 9, 17, 35, 53, 3, 11, 19 -> 1;
      case 8, 16, 34, 52, 4, 12, 20 -> 2;
      case 5, 7, 15, 33, 13, 51 -> 3;
      case 6, 14, 32, 50 -> 4;
      default -> -1;
    };
  }

  static int implicitH(IAtom atom) {
    Integer h = atom.getImplicitHydrogenCount();
    return h == null ? 0 : h;
  }

  static int charge(IAtom atom) {
    Integer q = atom.getFormalCharge();
    return q == null ? 0 : q;
  }

  /** Sum of Kekulé bond orders plus hydrogens: RDKit's explicit + implicit valence. */
  static int valence(IAtomContainer mol, IAtom atom) {
    int sum = implicitH(atom);
    for (IBond bond : mol.getConnectedBondsList(atom)) {
      sum +=
          bond.getOrder() == null || bond.getOrder() == IBond.Order.UNSET
              ? 1
              : bond.getOrder().numeric();
    }
    return sum;
  }

  static int totalDegree(IAtomContainer mol, IAtom atom) {
    return mol.getConnectedBondsCount(atom) + implicitH(atom);
  }

  /**
   * RDKit's radicals for a bracket atom written with fewer bonds and hydrogens than its valence.
   */
  static int radicals(IAtomContainer mol, IAtom atom, boolean bracketed) {
    int outer = outerElectrons(atom.getAtomicNumber());
    if (!bracketed || outer == 0 || defaultValence(atom.getAtomicNumber()) < 0) {
      return 0;
    }
    int valence = valence(mol, atom);
    int charge = charge(atom);
    int base = atom.getAtomicNumber() <= 2 ? 2 : 8;
    int count = Math.max(0, base - outer - valence + charge);
    int other = outer - valence - charge;
    return other >= 0 ? Math.min(count, other) : count;
  }

  /** RDKit's {@code countAtomElec}: electrons the atom can give to a pi system, or -1. */
  static int piElectrons(IAtomContainer mol, IAtom atom, int radicals) {
    int dv = defaultValence(atom.getAtomicNumber());
    if (dv <= 1) {
      return -1;
    }
    int degree = totalDegree(mol, atom);
    if (degree > 3) {
      return -1;
    }
    int lonePairElectrons = Math.max(outerElectrons(atom.getAtomicNumber()) - dv - charge(atom), 0);
    int result = dv - degree + lonePairElectrons - radicals;
    if (result > 1) {
      int unsaturations = valence(mol, atom) - implicitH(atom) - mol.getConnectedBondsCount(atom);
      if (unsaturations > 1) {
        result = 1;
      }
    }
    return result;
  }

  /** Whether RDKit lets this atom take part in conjugation (Issue211: not P or S beyond row 2). */
  static boolean conjugationCandidate(IAtomContainer mol, IAtom atom, int radicals) {
    int z = atom.getAtomicNumber();
    int outer = outerElectrons(z);
    boolean rowOk =
        z <= 10 || (outer != 5 && outer != 6) || (outer == 6 && totalDegree(mol, atom) < 2);
    return rowOk && piElectrons(mol, atom, radicals) > 0;
  }

  /** Marks conjugated bonds as RDKit's {@code setConjugation} does. */
  static boolean[] conjugation(IAtomContainer mol, int[] radicals) {
    boolean[] conjugated = new boolean[mol.getBondCount()];
    for (int b = 0; b < mol.getBondCount(); b++) {
      conjugated[b] = mol.getBond(b).isAromatic();
    }
    for (IAtom atom : mol.atoms()) {
      if (!conjugationCandidate(mol, atom, radicals[atom.getIndex()])) {
        continue;
      }
      int substituents = mol.getConnectedBondsCount(atom) + implicitH(atom);
      if (substituents < 2 || substituents > 3) {
        continue;
      }
      for (IBond multiple : mol.getConnectedBondsList(atom)) {
        if (!multiple.isAromatic() && multiple.getOrder().numeric() < 2) {
          continue;
        }
        for (IBond other : mol.getConnectedBondsList(atom)) {
          if (other == multiple) {
            continue;
          }
          IAtom neighbour = other.getOther(atom);
          int neighbourSubstituents = mol.getConnectedBondsCount(neighbour) + implicitH(neighbour);
          if (neighbourSubstituents <= 3
              && conjugationCandidate(mol, neighbour, radicals[neighbour.getIndex()])) {
            conjugated[multiple.getIndex()] = true;
            conjugated[other.getIndex()] = true;
          }
        }
      }
    }
    return conjugated;
  }

  /** RDKit's {@code setHybridization}, as an index into ogb's hybridisation vocabulary. */
  static int hybridisation(
      IAtomContainer mol, IAtom atom, int radicals, boolean chiral, boolean[] conjugated) {
    int degree = totalDegree(mol, atom);
    if (atom.getAtomicNumber() == 0) {
      return OgbVocabulary.MISC_HYBRIDISATION;
    }
    if (chiral && degree == 4) {
      return OgbVocabulary.HYB_SP3;
    }
    int orbitals = atom.getAtomicNumber() < 89 ? bondsPlusLonePairs(mol, atom, radicals) : degree;
    return switch (orbitals) {
      case 2 -> OgbVocabulary.HYB_SP;
      case 3 -> OgbVocabulary.HYB_SP2;
      case 4 ->
          degree > 3 || !hasConjugatedBond(mol, atom, conjugated)
              ? OgbVocabulary.HYB_SP3
              : OgbVocabulary.HYB_SP2;
      case 5 -> OgbVocabulary.HYB_SP3D;
      case 6 -> OgbVocabulary.HYB_SP3D2;
      default -> OgbVocabulary.MISC_HYBRIDISATION; // S (0, 1 orbitals) and unspecified
    };
  }

  private static boolean hasConjugatedBond(IAtomContainer mol, IAtom atom, boolean[] conjugated) {
    for (IBond bond : mol.getConnectedBondsList(atom)) {
      if (conjugated[bond.getIndex()]) {
        return true;
      }
    }
    return false;
  }

  private static int bondsPlusLonePairs(IAtomContainer mol, IAtom atom, int radicals) {
    int degree = totalDegree(mol, atom);
    if (atom.getAtomicNumber() <= 1) {
      return degree;
    }
    int outer = outerElectrons(atom.getAtomicNumber());
    int valence = valence(mol, atom);
    int charge = charge(atom);
    int free = outer - (valence + charge);
    if (valence + outer - charge < 8) {
      return degree + (free - radicals) / 2 + radicals;
    }
    return degree + free / 2;
  }

  /**
   * RDKit's clean-up of pentavalent nitrogen on reading: {@code N(=O)=O} becomes {@code
   * [N+]([O-])=O} (the first double-bonded oxygen, in bond order, takes the charge). CDK keeps
   * N(=O)=O.
   */
  static void chargeSeparateNitro(IAtomContainer mol, List<IBond> bondOrder) {
    for (IAtom atom : mol.atoms()) {
      if (atom.getAtomicNumber() != 7 || charge(atom) != 0 || valence(mol, atom) != 5) {
        continue;
      }
      List<IBond> toOxygen = new ArrayList<>();
      for (IBond bond : bondOrder) {
        IAtom other = bond.contains(atom) ? bond.getOther(atom) : null;
        if (other != null
            && other.getAtomicNumber() == 8
            && bond.getOrder() == IBond.Order.DOUBLE
            && mol.getConnectedBondsCount(other) == 1) {
          toOxygen.add(bond);
        }
      }
      if (toOxygen.size() == 2) {
        IBond single = toOxygen.get(0);
        single.setOrder(IBond.Order.SINGLE);
        single.getOther(atom).setFormalCharge(-1);
        atom.setFormalCharge(1);
      }
    }
  }
}
