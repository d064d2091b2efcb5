package dev.learninglab.labs.smell.view;

import static dev.learninglab.core.view.RecordTableModel.column;
import static dev.learninglab.labs.smell.model.SmellTexts.T;

import dev.learninglab.core.view.RecordTableModel;
import dev.learninglab.labs.smell.model.graph.MolecularGraph;
import dev.learninglab.labs.smell.model.graph.OgbVocabulary;
import java.util.ArrayList;
import java.util.List;

/** The atom table (9 features in words, and each atom's share) and the directed edge list. */
final class MoleculeTables {
  record AtomRow(int index, String symbol, List<String> words, String share) {}

  record EdgeRow(int edge, int from, int to, String type, String stereo, String conjugated) {}

  /** Short headers so that 12 columns fit; the tooltip gives ogb's full names. */
  /** The atom features' short headers, in ogb's order and the language of the moment. */
  static List<String> shortNames() {
    return List.of(
        "Z",
        T.get("smell.atoms.short.chiral"),
        T.get("smell.atoms.short.degree"),
        T.get("smell.atoms.short.charge"),
        "H",
        T.get("smell.atoms.short.radical"),
        T.get("smell.atoms.short.hybridisation"),
        T.get("smell.atoms.short.aromatic"),
        T.get("smell.atoms.short.ring"));
  }

  /** What the short headers stand for, in the language of the moment. */
  static String headerTip() {
    return "<html>" + T.get("smell.atoms.tip") + "</html>";
  }

  final RecordTableModel<AtomRow> atoms;
  final RecordTableModel<EdgeRow> edges =
      new RecordTableModel<>(
          List.of(
              column(() -> T.get("smell.edges.edge"), Integer.class, EdgeRow::edge),
              column(() -> T.get("smell.edges.from"), Integer.class, EdgeRow::from),
              column(() -> T.get("smell.edges.to"), Integer.class, EdgeRow::to),
              column(() -> T.get("smell.edges.type"), EdgeRow::type),
              column(() -> T.get("smell.edges.stereo"), EdgeRow::stereo),
              column(() -> T.get("smell.edges.conjugated"), EdgeRow::conjugated)));

  MoleculeTables() {
    List<RecordTableModel.Column<AtomRow>> columns = new ArrayList<>();
    columns.add(column(() -> "#", Integer.class, AtomRow::index));
    columns.add(column(() -> T.get("smell.atoms.atom"), AtomRow::symbol));
    for (int f = 0; f < shortNames().size(); f++) {
      final int feature = f;
      columns.add(column(() -> shortNames().get(feature), r -> r.words().get(feature)));
    }
    columns.add(column(() -> T.get("smell.atoms.share"), AtomRow::share));
    atoms = new RecordTableModel<>(columns);
  }

  void show(MolecularGraph g, double[] shares) {
    List<AtomRow> atomRows = new ArrayList<>();
    for (int a = 0; a < g.atomCount(); a++) {
      List<String> words = new ArrayList<>();
      for (int f = 0; f < 9; f++) {
        words.add(OgbVocabulary.describeAtom(f, g.nodeFeatures()[a][f]));
      }
      String share = shares == null ? "" : String.format("%+.2f", shares[a]);
      atomRows.add(new AtomRow(a, g.atoms().get(a), words, share));
    }
    atoms.setRows(atomRows);
    List<EdgeRow> edgeRows = new ArrayList<>();
    for (int e = 0; e < g.edgeCount(); e++) {
      int[] f = g.edgeFeatures()[e];
      edgeRows.add(
          new EdgeRow(
              e,
              g.src()[e],
              g.dst()[e],
              OgbVocabulary.describeBond(0, f[0]),
              OgbVocabulary.describeBond(1, f[1]),
              OgbVocabulary.describeBond(2, f[2])));
    }
    edges.setRows(edgeRows);
  }

  void clear() {
    atoms.setRows(List.of());
    edges.setRows(List.of());
  }
}
