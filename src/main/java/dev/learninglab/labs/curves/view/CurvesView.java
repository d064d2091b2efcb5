package dev.learninglab.labs.curves.view;

import static dev.learninglab.labs.curves.model.CurvesTexts.T;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.lab.RenderAware;
import dev.learninglab.core.view.Localized;
import java.awt.BorderLayout;
import java.util.concurrent.CompletionStage;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;

/** The lab's window: diagnosis (Part A) and dataset size (Part B) as two tabs. */
public final class CurvesView extends JPanel implements RenderAware {
  private final DiagnosisPanel diagnosis;
  private final SizePanel size;

  public CurvesView(LabContext context) {
    super(new BorderLayout());
    diagnosis = new DiagnosisPanel(context);
    size = new SizePanel(context);
    JTabbedPane tabs = new JTabbedPane();
    tabs.addTab("", diagnosis);
    tabs.addTab("", size);
    Localized.tab(tabs, diagnosis, () -> T.get("curves.tab.diagnosis"));
    Localized.tab(tabs, size, () -> T.get("curves.tab.size"));
    add(tabs, BorderLayout.CENTER);
  }

  @Override
  public CompletionStage<?> rendered() {
    return diagnosis.firstShown();
  }

  DiagnosisPanel diagnosisPanel() {
    return diagnosis;
  }

  SizePanel sizePanel() {
    return size;
  }
}
