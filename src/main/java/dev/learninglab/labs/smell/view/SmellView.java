package dev.learninglab.labs.smell.view;

import static dev.learninglab.labs.smell.model.SmellTexts.T;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.lab.RenderAware;
import dev.learninglab.core.view.Localized;
import java.awt.BorderLayout;
import java.util.concurrent.CompletionStage;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;

/**
 * The lab's window: a molecule to explore and predict, cross-validated training, and the odour map.
 */
public final class SmellView extends JPanel implements RenderAware {
  private static final long serialVersionUID = 1L;
  private final transient MoleculeTab molecule;

  public SmellView(LabContext context) {
    super(new BorderLayout());
    JTabbedPane tabs = new JTabbedPane();
    tabs.setName("smellTabs");
    molecule = new MoleculeTab();
    TrainTab train = new TrainTab(context);
    OdourMapTab map = new OdourMapTab(context);
    tabs.addTab("", molecule);
    tabs.addTab("", train);
    tabs.addTab("", map);
    Localized.tab(tabs, molecule, () -> T.get("smell.tab.molecule"));
    Localized.tab(tabs, train, () -> T.get("smell.tab.train"));
    Localized.tab(tabs, map, () -> T.get("smell.tab.map"));
    add(tabs, BorderLayout.CENTER);
  }

  /** Frees the networks when the lab leaves the window (closed tab or window). */
  @Override
  public void removeNotify() {
    molecule.closeModels();
    super.removeNotify();
  }

  /** Rendered once the first molecule is drawn and predicted (or prediction failed). */
  @Override
  public CompletionStage<?> rendered() {
    return molecule.firstPrediction();
  }
}
