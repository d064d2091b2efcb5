package dev.learninglab.labs.curves.view;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.lab.RenderAware;
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
    tabs.addTab("Over- or underfitting?", diagnosis);
    tabs.addTab("How much data?", size);
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
