package dev.learninglab.labs.superres.view;

import static dev.learninglab.labs.superres.model.SuperresTexts.T;

import dev.learninglab.core.compute.ComputeInfo;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.lab.RenderAware;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.labs.superres.model.TrainedModel;
import java.awt.BorderLayout;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;

/**
 * The super-resolution lab's window: a Compare tab (original / bicubic / FSRCNN) and a Train tab,
 * over a line naming the compute device. Opens on the first sample photo, degraded and restored ×3.
 */
public final class SuperresView extends JPanel implements RenderAware {

  private final NetworkCache networks = new NetworkCache();
  private final CompareTab compare;
  private final TrainTab train;
  private final JLabel device =
      Localized.text(new JLabel(), () -> T.get("superres.compute.loading"));
  private final CompletableFuture<Void> rendered = new CompletableFuture<>();

  public SuperresView(LabContext context) {
    super(new BorderLayout());
    compare = new CompareTab(context, networks);
    train =
        new TrainTab(
            context,
            (scale, folder) -> {
              networks.forget(folder);
              // lists it with the others and re-runs the comparison with it
              compare.offer(TrainedModel.in(TrainTab.modelDir()), folder);
            });
    JTabbedPane tabs = new JTabbedPane();
    tabs.addTab("", compare);
    tabs.addTab("", train);
    Localized.tab(tabs, compare, () -> T.get("superres.tab.compare"));
    Localized.tab(tabs, train, () -> T.get("superres.tab.train"));
    add(tabs, BorderLayout.CENTER);
    device.setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
    add(device, BorderLayout.SOUTH);
    OnEdt.after(
        context.tasks().submit(T.get("superres.task.loadDjl"), p -> ComputeInfo.describe()),
        info -> Localized.text(device, () -> T.get("superres.compute", info.summary())),
        end -> Localized.text(device, () -> T.get("superres.compute.failed", end.message())));
    compare.loadSample(SamplePhotos.NAMES.get(0)).whenComplete((c, e) -> rendered.complete(null));
  }

  @Override
  public CompletionStage<?> rendered() {
    return rendered;
  }

  CompareTab compare() {
    return compare;
  }

  TrainTab train() {
    return train;
  }
}
