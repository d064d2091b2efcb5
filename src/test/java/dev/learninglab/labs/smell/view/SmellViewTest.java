package dev.learninglab.labs.smell.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.testing.Edt;
import dev.learninglab.testing.Mirror;
import java.awt.Component;
import java.awt.Container;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Types SMILES into the lab and watches the depiction, tables and prediction follow. */
class SmellViewTest {
  /** Training and embedding on a shared machine can take minutes. */
  private static final Duration TRAINING = Duration.ofSeconds(400);

  private final TaskService tasks = new TaskService();
  private JFrame frame;
  private SmellView view;

  @BeforeEach
  void open() throws Exception {
    Edt.run(
        () -> {
          view = new SmellView(new LabContext(tasks, DatasetResolver.standard()));
          frame = new JFrame("smell");
          frame.add(view);
          frame.setSize(1280, 800);
          frame.setVisible(true);
        });
  }

  @AfterEach
  void close() throws Exception {
    Edt.run(() -> frame.dispose());
    tasks.close();
  }

  @Test
  void typingASmilesDrawsItListsItsAtomsAndPredicts() throws Exception {
    JTextField field = find(view, "smilesField", JTextField.class);
    Edt.run(() -> field.setText("CCOC(=O)CC"));
    MoleculeTab tab = find(view, null, MoleculeTab.class);
    JTable atoms = find(view, "atomTable", JTable.class);
    JTable edges = find(view, "edgeTable", JTable.class);
    Edt.await(
        "atoms.getRowCount() == 7 && tab.depictionPanel().hasImage()",
        TRAINING,
        () -> atoms.getRowCount() == 7 && tab.depictionPanel().hasImage());
    Edt.run(
        () -> {
          assertThat(edges.getRowCount()).isEqualTo(12);
          assertThat(atoms.getValueAt(3, 1)).isEqualTo("C");
          assertThat(atoms.getValueAt(3, 8)).isEqualTo("SP2"); // the carbonyl carbon
          assertThat(atoms.getValueAt(2, 8)).isEqualTo("SP2"); // ester O: RDKit's conjugation rule
        });
    // the shipped models answer: a fruity probability and odours, atoms get their shares
    Edt.await(
        "tab.predictionPanel().fruityText().endsWith(\"%\")",
        TRAINING, () -> tab.predictionPanel().fruityText().endsWith("%"));
    Edt.await(
        "!String.valueOf(atoms.getValueAt(0, 11)).isEmpty()",
        TRAINING,
        () -> !String.valueOf(atoms.getValueAt(0, 11)).isEmpty());
    Edt.run(() -> assertThat(tab.predictionPanel().fruityText()).startsWith("fruity model: "));
  }

  @Test
  void invalidSmilesIsMarkedWithWhere() throws Exception {
    JTextField field = find(view, "smilesField", JTextField.class);
    JTextArea status = find(view, "status", JTextArea.class);
    JTable atoms = find(view, "atomTable", JTable.class);
    Edt.run(() -> field.setText("CC(C"));
    Edt.await(
        "status.getText().startsWith(\"Invalid SMILES\")",
        TRAINING,
        () -> status.getText().startsWith("Invalid SMILES"));
    Edt.run(
        () -> {
          assertThat(status.getText()).contains("'CC(C'").contains("character");
          assertThat(field.getClientProperty("JComponent.outline")).isEqualTo("error");
          assertThat(field.getHighlighter().getHighlights()).hasSize(1);
          assertThat(atoms.getRowCount()).isZero();
        });
  }

  /**
   * A tiny cross-validation from the Train tab (the first 300 molecules, 2 folds, 1 epoch) fills
   * the table beside both baselines.
   */
  @Test
  void trainTabCrossValidatesBesideTheBaselines() throws Exception {
    Mirror.assumeDatasets("learning-to-smell");
    TrainTab train = find(view, null, TrainTab.class);
    JTable results = find(view, "resultsTable", JTable.class);
    JLabel measures = find(view, "thresholdMeasures", JLabel.class);
    Edt.run(() -> train.configure(2, 1, 300));
    javax.swing.JButton button = find(view, "trainButton", javax.swing.JButton.class);
    Edt.run(button::doClick);
    Edt.await("results.getRowCount() == 5", TRAINING, () -> results.getRowCount() == 5);
    Edt.run(
        () -> {
          assertThat(results.getValueAt(2, 0)).isEqualTo("gcn mean");
          assertThat(results.getValueAt(3, 0)).isEqualTo("ECFP4 + logistic mean");
          double majority = Double.parseDouble((String) results.getValueAt(4, 4));
          assertThat(majority).isBetween(0.5, 1.0); // most of any 300 molecules are not fruity
          var never =
              java.util.regex.Pattern.compile("never fruity: (0\\.\\d{3})")
                  .matcher(measures.getText());
          assertThat(never.find()).as(measures.getText()).isTrue();
          // the slider's is over all 300 molecules, the table's the mean of the folds'
          assertThat(Double.parseDouble(never.group(1))).isCloseTo(majority, within(0.01));
        });
  }

  /** The odour map embeds every GS-LF molecule, colours by the chosen odour and names a point. */
  @Test
  void odourMapShowsEveryMoleculeAndNamesTheOneUnderTheMouse() throws Exception {
    Mirror.assumeDatasets("openpom-gs-lf");
    OdourMapTab tab = find(view, null, OdourMapTab.class);
    OdourMapPlot plot = tab.plot();
    javax.swing.JComboBox<?> odour = find(view, "mapOdour", javax.swing.JComboBox.class);
    JTextArea status = find(view, "mapStatus", JTextArea.class);
    Edt.run(
        () -> {
          assertThat(plot.pointCount()).isZero(); // the empty state says what to press
          assertThat(odour.isEnabled()).isFalse();
        });
    Edt.run(find(view, "drawMapButton", javax.swing.JButton.class)::doClick);
    Edt.await("plot.pointCount() > 0", TRAINING, () -> plot.pointCount() > 0);
    Edt.run(
        () -> {
          assertThat(plot.pointCount()).isEqualTo(4983);
          assertThat(odour.getItemCount()).isEqualTo(138);
          assertThat(odour.getSelectedItem()).isEqualTo("fruity");
          plot.setSize(800, 500);
          java.awt.Point p = plot.screenPoint(17);
          int under = plot.moleculeAt(p.x, p.y);
          assertThat(under).isNotNegative();
          var hover =
              new java.awt.event.MouseEvent(
                  plot, java.awt.event.MouseEvent.MOUSE_MOVED, 0, 0, p.x, p.y, 0, false);
          assertThat(plot.getToolTipText(hover)).startsWith("<html>").contains("<b>", "<br>");
          // a few far-out molecules are left beyond the axes so the rest spread out
          assertThat(plot.outsideCount()).isPositive().isLessThan(4983 / 20);
          odour.setSelectedItem("woody");
          assertThat(status.getText()).contains(String.format("%,d molecules", 4983));
        });
  }

  private static <T> T find(Component root, String name, Class<T> type) {
    AtomicReference<T> found = new AtomicReference<>();
    try {
      Edt.run(() -> found.set(search(root, name, type)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    if (found.get() == null) {
      throw new AssertionError("no " + type.getSimpleName() + " named " + name);
    }
    return found.get();
  }

  private static <T> T search(Component c, String name, Class<T> type) {
    if (type.isInstance(c) && (name == null || name.equals(c.getName()))) {
      return type.cast(c);
    }
    if (c instanceof Container container) {
      for (Component child : container.getComponents()) {
        T t = search(child, name, type);
        if (t != null) {
          return t;
        }
      }
    }
    return null;
  }
}
