package dev.learninglab.labs.forecast.view;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.lab.RenderAware;
import java.awt.BorderLayout;
import java.awt.event.KeyEvent;
import java.util.concurrent.CompletionStage;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;

/**
 * The lab's window: the project's stages as tabs, walked through in order (Alt+1 … Alt+6), each
 * usable alone: the evaluation and the web page start from the shipped model until one is trained.
 */
public final class ForecastView extends JPanel implements RenderAware {
  private final Project project = new Project();
  private final JTabbedPane stages = new JTabbedPane();
  private final DeployStage deploy;
  private final DataStage data;

  public ForecastView(LabContext context) {
    super(new BorderLayout());
    deploy = new DeployStage(context, project);
    data = new DataStage(context, project);
    stages.addTab("1 Data", data);
    stages.addTab("2 Prepare", new PrepareStage(project));
    stages.addTab("3 Train", new TrainStage(context, project));
    stages.addTab("4 Evaluate", new EvaluateStage(context, project));
    stages.addTab("5 Deploy", deploy);
    stages.addTab("6 Report", new ReportStage(context, project));
    int[] keys = {
      KeyEvent.VK_1, KeyEvent.VK_2, KeyEvent.VK_3, KeyEvent.VK_4, KeyEvent.VK_5, KeyEvent.VK_6
    };
    for (int i = 0; i < keys.length; i++) {
      stages.setMnemonicAt(i, keys[i]);
    }
    add(stages, BorderLayout.CENTER);
  }

  /** Completes once the first series is read and drawn. */
  @Override
  public CompletionStage<?> rendered() {
    return data.loaded();
  }

  /** Stops the web page with the tab: nothing keeps serving after the lab is gone. */
  @Override
  public void removeNotify() {
    deploy.stop();
    super.removeNotify();
  }

  JTabbedPane stages() {
    return stages;
  }
}
