package dev.learninglab.labs.forecast.view;

import static dev.learninglab.labs.forecast.model.ForecastTexts.T;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.lab.RenderAware;
import dev.learninglab.core.view.Localized;
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
    PrepareStage prepare = new PrepareStage(project);
    TrainStage train = new TrainStage(context, project);
    EvaluateStage evaluate = new EvaluateStage(context, project);
    ReportStage report = new ReportStage(context, project);
    for (JPanel stage : new JPanel[] {data, prepare, train, evaluate, deploy, report}) {
      stages.addTab("", stage);
    }
    Localized.tab(stages, data, () -> T.get("forecast.tab.data"));
    Localized.tab(stages, prepare, () -> T.get("forecast.tab.prepare"));
    Localized.tab(stages, train, () -> T.get("forecast.tab.train"));
    Localized.tab(stages, evaluate, () -> T.get("forecast.tab.evaluate"));
    Localized.tab(stages, deploy, () -> T.get("forecast.tab.deploy"));
    Localized.tab(stages, report, () -> T.get("forecast.tab.report"));
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
