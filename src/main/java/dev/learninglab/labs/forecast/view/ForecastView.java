package dev.learninglab.labs.forecast.view;

import dev.learninglab.core.lab.LabContext;
import java.awt.BorderLayout;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;

/** The lab's window: the project's stages as tabs, walked through in order. */
public final class ForecastView extends JPanel {

  public ForecastView(LabContext context) {
    super(new BorderLayout());
    JTabbedPane stages = new JTabbedPane();
    stages.addTab("1 Data", new DataStage(context, series -> {}));
    add(stages, BorderLayout.CENTER);
  }
}
