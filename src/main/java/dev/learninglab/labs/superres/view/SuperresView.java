package dev.learninglab.labs.superres.view;

import dev.learninglab.core.compute.ComputeInfo;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.lab.RenderAware;
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
  private final JLabel device = new JLabel("Compute: loading DJL…");
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
    tabs.addTab("Compare", compare);
    tabs.addTab("Train", train);
    add(tabs, BorderLayout.CENTER);
    device.setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
    add(device, BorderLayout.SOUTH);
    OnEdt.after(
        context.tasks().submit("Loading DJL", p -> ComputeInfo.describe()),
        info -> device.setText("Compute: " + info.summary()),
        end -> device.setText("Compute unavailable: " + end.message()));
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
