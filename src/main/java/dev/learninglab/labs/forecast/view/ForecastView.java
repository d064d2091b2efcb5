package dev.learninglab.labs.forecast.view;

import static dev.learninglab.labs.forecast.model.ForecastTexts.T;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.lab.RenderAware;
import dev.learninglab.core.view.Localized;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.event.KeyEvent;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
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
    stage(data, () -> T.get("forecast.tab.data"));
    stage(new PrepareStage(project), () -> T.get("forecast.tab.prepare"));
    stage(new TrainStage(context, project), () -> T.get("forecast.tab.train"));
    stage(new EvaluateStage(context, project), () -> T.get("forecast.tab.evaluate"));
    stage(deploy, () -> T.get("forecast.tab.deploy"));
    stage(new ReportStage(context, project), () -> T.get("forecast.tab.report"));
    int[] keys = {
      KeyEvent.VK_1, KeyEvent.VK_2, KeyEvent.VK_3, KeyEvent.VK_4, KeyEvent.VK_5, KeyEvent.VK_6
    };
    for (int i = 0; i < keys.length; i++) {
      stages.setMnemonicAt(i, keys[i]);
    }
    add(stages, BorderLayout.CENTER);
  }

  /** Adds a stage's tab, named in the current language. */
  private void stage(Component tab, Supplier<String> title) {
    stages.addTab(title.get(), tab);
    Localized.tab(stages, tab, title);
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
