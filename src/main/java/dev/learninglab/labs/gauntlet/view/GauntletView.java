package dev.learninglab.labs.gauntlet.view;

import dev.learninglab.core.lab.LabContext;
import javax.swing.JPanel;

/** Placeholder while the view is built. */
public final class GauntletView extends JPanel {
  public GauntletView(LabContext context) {}
}
