package dev.learninglab.labs.smell.model.graph;

import dev.learninglab.core.io.Quote;
import dev.learninglab.labs.smell.model.graph.SmilesWriteOrder.WrittenBond;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openscience.cdk.aromaticity.Aromaticity;
import org.openscience.cdk.aromaticity.ElectronDonation;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.geometry.cip.CIPTool;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IDoubleBondStereochemistry;
import org.openscience.cdk.interfaces.IStereoElement;
import org.openscience.cdk.interfaces.ITetrahedralChirality;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;
import org.openscience.cdk.stereo.Stereocenters;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/**
 * SMILES → ogb graph with CDK, giving the features RDKit gives ({@code ogb.utils.smiles2graph}).
 *
 * <p>Where the toolkits differ by default, RDKit's answer is rebuilt: its bond order (chain bonds,
 * then ring closures), its aromaticity model (Daylight-like, fused rings included), its
 * hybridisation and conjugation rules ({@link RdkitRules}), chirality tags relative to its
 * neighbour order with the implicit hydrogen last, only on true stereocentres, and E/Z by CIP
 * priority. Not thread-safe (CDK's parser is not); use one per thread.
 */
public final class OgbFeaturizer {
  /**
   * The longest SMILES read: ten times the longest in the lab's data sets (203), and short enough
   * that CDK's recursive parsing and ring search stay far from the stack's end (a 10,000-atom chain
   * was a StackOverflowError) and a prediction stays quick.
   */
  public static final int MAX_LENGTH = 2_000;

  private final SmilesParser parser = new SmilesParser(SilentChemObjectBuilder.getInstance());
  private final Aromaticity aromaticity =
      new Aromaticity(ElectronDonation.daylight(), Cycles.or(Cycles.all(), Cycles.all(6)));

  /** The CDK molecule as the featuriser sees it (hydrogens suppressed, aromaticity perceived). */
  public IAtomContainer molecule(String smiles) {
    return prepare(smiles).mol();
  }

  /** Featurises one SMILES; throws {@link InvalidSmilesException} naming it and the problem. */
  public MolecularGraph featurize(String smiles) {
    Prepared prepared = prepare(smiles);
    IAtomContainer mol = prepared.mol();
    int n = mol.getAtomCount();
    int[] radicals = new int[n];
    for (int i = 0; i < n; i++) {
      radicals[i] = RdkitRules.radicals(mol, mol.getAtom(i), prepared.bracketed()[i]);
    }
    Stereocenters centres = Stereocenters.of(mol);
    int[] chirality = chiralityTags(mol, prepared.bondOrder(), centres);
    int[] stereo = bondStereo(mol, centres);
    boolean[] conjugated = RdkitRules.conjugation(mol, radicals);

    int[][] nodes = new int[n][];
    List<String> symbols = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      IAtom atom = mol.getAtom(i);
      symbols.add(atom.getSymbol());
      nodes[i] = atomFeatures(mol, atom, radicals[i], chirality[i], conjugated);
    }
    List<Directed> bonds = prepared.bondOrder();
    int[] src = new int[2 * bonds.size()];
    int[] dst = new int[2 * bonds.size()];
    int[][] edges = new int[2 * bonds.size()][];
    for (int k = 0; k < bonds.size(); k++) {
      IBond bond = bonds.get(k).bond();
      int[] f = {bondType(bond), stereo[bond.getIndex()], conjugated[bond.getIndex()] ? 1 : 0};
      int i = bonds.get(k).begin();
      int j = bonds.get(k).end();
      src[2 * k] = i;
      dst[2 * k] = j;
      src[2 * k + 1] = j;
      dst[2 * k + 1] = i;
      edges[2 * k] = f;
      edges[2 * k + 1] = f.clone();
    }
    return new MolecularGraph(smiles, List.copyOf(symbols), nodes, src, dst, edges);
  }

  private static int[] atomFeatures(
      IAtomContainer mol, IAtom atom, int radicals, int chirality, boolean[] conjugated) {
    int z = atom.getAtomicNumber() == null ? 0 : atom.getAtomicNumber();
    return new int[] {
      z >= 1 && z <= 118 ? z - 1 : 118,
      chirality,
      OgbVocabulary.bounded(RdkitRules.totalDegree(mol, atom), 12),
      OgbVocabulary.bounded(RdkitRules.charge(atom) + 5, 12),
      OgbVocabulary.bounded(RdkitRules.implicitH(atom), 10),
      OgbVocabulary.bounded(radicals, 6),
      RdkitRules.hybridisation(mol, atom, radicals, chirality != 0, conjugated),
      atom.isAromatic() ? 1 : 0,
      atom.isInRing() ? 1 : 0
    };
  }

  private static int bondType(IBond bond) {
    if (bond.isAromatic()) {
      return 3;
    }
    return switch (bond.getOrder()) {
      case SINGLE -> 0;
      case DOUBLE -> 1;
      case TRIPLE -> 2;
      default -> 4;
    };
  }

  /** What parsing leaves: the molecule, RDKit's bond order, and which atoms had brackets. */
  private record Prepared(IAtomContainer mol, List<Directed> bondOrder, boolean[] bracketed) {}

  /** A bond with the direction RDKit gives it (begin → end). */
  private record Directed(IBond bond, int begin, int end) {}

  private Prepared prepare(String smiles) {
    String text = smiles == null ? "" : smiles.strip();
    if (text.isEmpty()) {
      throw new InvalidSmilesException("The SMILES is empty: expected e.g. CCO");
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidSmilesException(
          "SMILES '"
              + Quote.excerpt(text)
              + "' is longer than "
              + MAX_LENGTH
              + " characters, the most the lab reads (the longest odorant in its data sets has"
              + " 203)");
    }
    IAtomContainer mol;
    try {
      mol = parser.parseSmiles(text);
    } catch (CDKException e) {
      throw invalid(text, e.getMessage());
    }
    if (mol.getAtomCount() == 0) {
      throw new InvalidSmilesException(
          "Invalid SMILES '" + Quote.excerpt(text) + "': it has no atoms");
    }
    SmilesWriteOrder written = SmilesWriteOrder.of(text);
    boolean[] writtenBracketed = new boolean[mol.getAtomCount()];
    for (int i = 0; i < writtenBracketed.length && i < written.atomCount(); i++) {
      writtenBracketed[i] = written.bracketed(i);
    }
    RdkitSanity.check(mol, writtenBracketed, "'" + Quote.excerpt(text) + "'");
    Map<IAtom, Integer> writtenIndex = new IdentityHashMap<>();
    for (int i = 0; i < mol.getAtomCount(); i++) {
      writtenIndex.put(mol.getAtom(i), i);
    }
    List<IAtom> writtenAtoms = new ArrayList<>();
    mol.atoms().forEach(writtenAtoms::add);
    mol = AtomContainerManipulator.suppressHydrogens(mol);
    List<Directed> bondOrder = rdkitBondOrder(mol, written, writtenAtoms);
    RdkitRules.chargeSeparateNitro(mol, bondOrder.stream().map(Directed::bond).toList());
    try {
      aromaticity.apply(mol);
    } catch (CDKException e) {
      throw new InvalidSmilesException(
          "SMILES '"
              + Quote.excerpt(text)
              + "': aromaticity could not be perceived ("
              + Quote.line(e.getMessage())
              + ")");
    }
    Cycles.markRingAtomsAndBonds(mol);
    boolean[] bracketed = new boolean[mol.getAtomCount()];
    for (int i = 0; i < mol.getAtomCount(); i++) {
      Integer w = writtenIndex.get(mol.getAtom(i));
      bracketed[i] = w != null && w < written.atomCount() && written.bracketed(w);
    }
    return new Prepared(mol, bondOrder, bracketed);
  }

  /** CDK's bonds re-ordered, and re-directed, as RDKit creates them. */
  private static List<Directed> rdkitBondOrder(
      IAtomContainer mol, SmilesWriteOrder written, List<IAtom> writtenAtoms) {
    List<Directed> ordered = new ArrayList<>();
    Set<IBond> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    if (written.atomCount() == writtenAtoms.size()) {
      for (WrittenBond wb : written.bonds()) {
        IAtom begin = writtenAtoms.get(wb.begin());
        IAtom end = writtenAtoms.get(wb.end());
        IBond bond = mol.contains(begin) && mol.contains(end) ? mol.getBond(begin, end) : null;
        if (bond != null && seen.add(bond)) {
          ordered.add(new Directed(bond, mol.indexOf(begin), mol.indexOf(end)));
        }
      }
    }
    if (ordered.size() != mol.getBondCount()) {
      // the scan did not recover every bond (unexpected): fall back to CDK's order
      ordered.clear();
      for (IBond bond : mol.bonds()) {
        ordered.add(new Directed(bond, bond.getBegin().getIndex(), bond.getEnd().getIndex()));
      }
    }
    return ordered;
  }

  /**
   * RDKit's tag for each atom: CW/CCW looking from the first neighbour in RDKit's bond order, the
   * implicit hydrogen (or lone pair) counted last; none unless the atom is a true stereocentre.
   */
  private static int[] chiralityTags(
      IAtomContainer mol, List<Directed> bondOrder, Stereocenters centres) {
    int[] tags = new int[mol.getAtomCount()];
    for (IStereoElement<?, ?> element : mol.stereoElements()) {
      if (!(element instanceof ITetrahedralChirality tc)) {
        continue;
      }
      IAtom focus = tc.getChiralAtom();
      if (!centres.isStereocenter(focus.getIndex())) {
        continue;
      }
      IAtom[] ligands = tc.getLigands();
      List<IAtom> reference = new ArrayList<>();
      for (Directed directed : bondOrder) {
        if (directed.bond().contains(focus)) {
          reference.add(directed.bond().getOther(focus));
        }
      }
      if (reference.size() == 3) {
        reference.add(focus); // implicit H or lone pair, last
      }
      if (reference.size() != 4) {
        continue;
      }
      int[] permutation = new int[4];
      for (int k = 0; k < 4; k++) {
        permutation[k] = indexOf(ligands, reference.get(k));
      }
      boolean clockwise = tc.getStereo() == ITetrahedralChirality.Stereo.CLOCKWISE;
      if (isOdd(permutation)) {
        clockwise = !clockwise;
      }
      tags[focus.getIndex()] = clockwise ? OgbVocabulary.CHIRALITY_CW : OgbVocabulary.CHIRALITY_CCW;
    }
    return tags;
  }

  /** E/Z by CIP priorities on double bonds whose two ends are true stereo centres. */
  private static int[] bondStereo(IAtomContainer mol, Stereocenters centres) {
    int[] stereo = new int[mol.getBondCount()];
    for (IStereoElement<?, ?> element : mol.stereoElements()) {
      if (!(element instanceof IDoubleBondStereochemistry db)) {
        continue;
      }
      IBond bond = db.getStereoBond();
      if (!centres.isStereocenter(bond.getBegin().getIndex())
          || !centres.isStereocenter(bond.getEnd().getIndex())) {
        continue;
      }
      switch (CIPTool.getCIPChirality(mol, db)) {
        case E -> stereo[bond.getIndex()] = OgbVocabulary.STEREO_E;
        case Z -> stereo[bond.getIndex()] = OgbVocabulary.STEREO_Z;
        default -> {}
      }
    }
    return stereo;
  }

  private static int indexOf(IAtom[] atoms, IAtom atom) {
    for (int i = 0; i < atoms.length; i++) {
      if (atoms[i] == atom) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isOdd(int[] permutation) {
    int inversions = 0;
    for (int i = 0; i < permutation.length; i++) {
      for (int j = i + 1; j < permutation.length; j++) {
        if (permutation[i] > permutation[j]) {
          inversions++;
        }
      }
    }
    return inversions % 2 == 1;
  }

  /** CDK's message, "could not parse 'X', reason:\nX\n ^", as one line with the position. */
  private static InvalidSmilesException invalid(String text, String cdkMessage) {
    List<String> lines = cdkMessage == null ? List.of() : cdkMessage.lines().toList();
    String reason = lines.isEmpty() ? "unreadable" : lines.get(0);
    int comma = reason.indexOf("', ");
    if (reason.startsWith("could not parse '") && comma > 0) {
      reason = reason.substring(comma + 3);
    }
    reason = reason.replaceAll("[:.]\\s*$", "");
    int position = lines.size() >= 3 ? lines.get(2).indexOf('^') : -1;
    String where = position >= 0 ? " at character " + (position + 1) : "";
    return new InvalidSmilesException(
        "Invalid SMILES '" + Quote.excerpt(text) + "': " + reason + where, position);
  }
}
