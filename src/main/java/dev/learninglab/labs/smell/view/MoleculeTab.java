package dev.learninglab.labs.smell.view;

import static dev.learninglab.labs.smell.model.SmellTexts.T;

import dev.learninglab.core.view.ErrorColour;
import dev.learninglab.core.view.FittedTable;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.core.view.WrappingLabel;
import dev.learninglab.labs.smell.model.OdourPredictor;
import dev.learninglab.labs.smell.model.graph.InvalidSmilesException;
import dev.learninglab.labs.smell.model.graph.MolecularGraph;
import dev.learninglab.labs.smell.model.graph.OgbFeaturizer;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.concurrent.CompletableFuture;
import javax.swing.BorderFactory;
import javax.swing.JComboBox;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.Timer;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * Type a SMILES: the depiction, the atom table in words and the edge list follow as you type; the
 * shipped models predict in the background and tint the atoms by their share of the fruity logit.
 */
final class MoleculeTab extends JPanel {
  private static final long serialVersionUID = 1L;
  static final String[] EXAMPLES = {
    "O=Cc1ccc(O)c(OC)c1 vanillin",
    "CC1=CC[C@@H](CC1)C(C)=C limonene",
    "CCOC(=O)CC ethyl propanoate",
    "CC(C)CCOC(C)=O isoamyl acetate (banana)",
    "C/C=C/C(=O)C1CCC(C=C1C)(C)C tutorial's first molecule",
    "COC(=O)OC tutorial's second molecule",
    "CC(C)=CCC/C(C)=C/C=O citral",
    "CCCCCCCC(=O)OCC ethyl octanoate",
    "OCc1ccccc1 benzyl alcohol",
    "CSC dimethyl sulfide"
  };

  private final transient OgbFeaturizer featurizer = new OgbFeaturizer();
  private final JTextField smiles = new JTextField(36);
  private final WrappingLabel status = new WrappingLabel(" ");
  private final DepictionPanel depiction = new DepictionPanel();
  private final PredictionPanel prediction = new PredictionPanel();
  private final MoleculeTables tables = new MoleculeTables();
  private final Timer debounce = new Timer(250, e -> refresh());
  private transient CompletableFuture<OdourPredictor> predictor;
  private final transient CompletableFuture<Void> firstPrediction = new CompletableFuture<>();

  MoleculeTab() {
    super(new BorderLayout(8, 8));
    setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    smiles.setName("smilesField");
    status.setName("status");
    JComboBox<String> examples = new JComboBox<>(EXAMPLES);
    examples.setName("examples");
    examples.addActionListener(
        e -> smiles.setText(((String) examples.getSelectedItem()).split(" ")[0]));
    JPanel top = Toolbars.row();
    top.add(Toolbars.labelled("SMILES", smiles));
    top.add(Toolbars.labelled(() -> T.get("smell.examples"), examples));
    JPanel north = new JPanel(new BorderLayout(0, 4));
    north.add(top, BorderLayout.NORTH);
    north.add(status, BorderLayout.SOUTH);

    JTabbedPane detail = new JTabbedPane();
    JTable atomTable = new FittedTable(tables.atoms);
    atomTable.setName("atomTable");
    Localized.tip(atomTable.getTableHeader(), MoleculeTables::headerTip);
    JTable edgeTable = new FittedTable(tables.edges);
    edgeTable.setName("edgeTable");
    JScrollPane atoms = new JScrollPane(atomTable);
    JScrollPane edges = new JScrollPane(edgeTable);
    detail.addTab("", atoms);
    detail.addTab("", edges);
    Localized.tab(detail, atoms, () -> T.get("smell.tab.atoms"));
    Localized.tab(detail, edges, () -> T.get("smell.tab.edges"));

    JPanel left = new JPanel(new BorderLayout(0, 6));
    left.add(depiction, BorderLayout.CENTER);
    left.add(prediction, BorderLayout.SOUTH);
    JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, detail);
    split.setResizeWeight(0.42);
    add(north, BorderLayout.NORTH);
    add(split, BorderLayout.CENTER);

    debounce.setRepeats(false);
    depiction.addComponentListener(
        new java.awt.event.ComponentAdapter() {
          @Override
          public void componentResized(java.awt.event.ComponentEvent e) {
            debounce.restart(); // redraw at the new size
          }
        });
    smiles
        .getDocument()
        .addDocumentListener(
            new DocumentListener() {
              @Override
              public void insertUpdate(DocumentEvent e) {
                debounce.restart();
              }

              @Override
              public void removeUpdate(DocumentEvent e) {
                debounce.restart();
              }

              @Override
              public void changedUpdate(DocumentEvent e) {
                debounce.restart();
              }
            });
    smiles.setText(EXAMPLES[0].split(" ")[0]);
  }

  private void refresh() {
    String text = smiles.getText().strip();
    smiles.getHighlighter().removeAllHighlights();
    smiles.putClientProperty("JComponent.outline", null);
    if (text.isEmpty()) {
      depiction.clear(() -> T.get("smell.depiction.empty"));
      tables.clear();
      prediction.clear(() -> " ");
      status.setText(" ");
      return;
    }
    MolecularGraph graph;
    IAtomContainer mol;
    try {
      graph = featurizer.featurize(text);
      mol = featurizer.molecule(text);
    } catch (InvalidSmilesException e) {
      markInvalid(e);
      return;
    }
    status.setForeground(UIManager.getColor("Label.foreground"));
    int atoms = graph.atomCount();
    int edges = graph.edgeCount();
    Localized.text(status, () -> T.get("smell.molecule.counts", atoms, edges / 2, edges));
    draw(mol, null);
    tables.show(graph, null);
    predict(text, graph, mol);
  }

  private void markInvalid(InvalidSmilesException e) {
    smiles.putClientProperty("JComponent.outline", "error");
    status.setForeground(ErrorColour.get());
    Localized.text(status, e::getMessage);
    int at = e.position();
    if (at >= 0 && at < smiles.getText().length()) {
      try {
        smiles
            .getHighlighter()
            .addHighlight(
                at,
                at + 1,
                new DefaultHighlighter.DefaultHighlightPainter(new Color(0xF4, 0x9C, 0x94)));
      } catch (BadLocationException ignored) {
        // the text changed under us; the message still says where
      }
    }
    String why = e.getMessage().replaceFirst("^Invalid SMILES '[^']*': ", "");
    depiction.clear(() -> T.get("smell.depiction.invalid", why));
    tables.clear();
    prediction.clear(() -> " ");
  }

  private void draw(IAtomContainer mol, double[] shares) {
    try {
      int w = Math.max(240, depiction.getWidth() - 24);
      int h = Math.max(200, depiction.getHeight() - 24);
      BufferedImage image = MoleculeDepiction.draw(mol, w, h, shares);
      depiction.show(image);
    } catch (Exception e) {
      depiction.clear(() -> T.get("smell.depiction.failed", e.getMessage()));
    }
  }

  private void predict(String text, MolecularGraph graph, IAtomContainer mol) {
    if (predictor == null) {
      prediction.clear(() -> T.get("smell.prediction.loading"));
      predictor = CompletableFuture.supplyAsync(MoleculeTab::openPredictor);
    }
    OnEdt.after(
        predictor.thenApply(
            p -> {
              OdourPredictor.Prediction result = p.predict(text, 8);
              double[] shares = p.fruityContributions(graph).orElse(null);
              return new Object[] {result, shares};
            }),
        r -> {
          if (stillShown(text)) {
            prediction.show((OdourPredictor.Prediction) r[0]);
            double[] shares = (double[]) r[1];
            tables.show(graph, shares);
            draw(mol, shares);
          }
        },
        end -> {
          if (stillShown(text)) {
            prediction.clear(end::message);
          }
        });
  }

  /** False once the learner typed on: a late prediction must not cover the newer molecule. */
  private boolean stillShown(String text) {
    if (!text.equals(smiles.getText().strip())) {
      return false;
    }
    firstPrediction.complete(null);
    return true;
  }

  private static OdourPredictor openPredictor() {
    try {
      return OdourPredictor.open(null);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Closes the networks' native memory (DJL models are AutoCloseable); the next prediction opens
   * them again, so a view that is shown again still works.
   */
  void closeModels() {
    CompletableFuture<OdourPredictor> open = predictor;
    predictor = null;
    if (open != null) {
      open.thenAccept(OdourPredictor::close);
    }
  }

  CompletableFuture<Void> firstPrediction() {
    return firstPrediction;
  }

  PredictionPanel predictionPanel() {
    return prediction;
  }

  DepictionPanel depictionPanel() {
    return depiction;
  }
}
