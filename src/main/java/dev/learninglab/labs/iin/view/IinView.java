package dev.learninglab.labs.iin.view;

import static dev.learninglab.labs.iin.model.IinTexts.T;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.view.Localized;
import java.awt.Component;
import java.util.function.Supplier;
import javax.swing.JTabbedPane;

/** The lab's window part: one tab per idea. */
public final class IinView extends JTabbedPane {
  public IinView(LabContext context) {
    tab(new PlanePanel(context), () -> T.get("iin.tab.plane"));
    tab(new FactorsPanel(context), () -> T.get("iin.tab.factors"));
  }

  private void tab(Component panel, Supplier<String> title) {
    addTab(title.get(), panel);
    Localized.tab(this, panel, title);
  }
}
