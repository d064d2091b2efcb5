package dev.learninglab.labs.iin.view;

import static dev.learninglab.labs.iin.model.IinTexts.T;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.view.Localized;
import javax.swing.JTabbedPane;

/** The lab's window part: one tab per idea. */
public final class IinView extends JTabbedPane {
  public IinView(LabContext context) {
    PlanePanel plane = new PlanePanel(context);
    FactorsPanel factors = new FactorsPanel(context);
    addTab("", plane);
    addTab("", factors);
    Localized.tab(this, plane, () -> T.get("iin.tab.plane"));
    Localized.tab(this, factors, () -> T.get("iin.tab.factors"));
  }
}
