package dev.learninglab.labs.iin.view;

import dev.learninglab.core.lab.LabContext;
import javax.swing.JTabbedPane;

/** The lab's window part: one tab per idea. */
public final class IinView extends JTabbedPane {
  public IinView(LabContext context) {
    addTab("Flows on the plane", new PlanePanel(context));
    addTab("Factors", new FactorsPanel(context));
  }
}
