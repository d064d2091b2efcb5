package dev.learninglab.labs.smell.view;

import dev.learninglab.core.lab.LabContext;
import java.awt.BorderLayout;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;

/** The lab's window: a molecule to explore and predict, and cross-validated training. */
public final class SmellView extends JPanel {
  private static final long serialVersionUID = 1L;

  public SmellView(LabContext context) {
    super(new BorderLayout());
    JTabbedPane tabs = new JTabbedPane();
    tabs.setName("smellTabs");
    tabs.addTab("Molecule", new MoleculeTab());
    tabs.addTab("Train", new TrainTab(context));
    add(tabs, BorderLayout.CENTER);
  }
}
