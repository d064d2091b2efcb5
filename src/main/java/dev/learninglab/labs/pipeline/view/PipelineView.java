package dev.learninglab.labs.pipeline.view;

import static dev.learninglab.labs.pipeline.model.PipelineTexts.T;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.lab.RenderAware;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.WrappingLabel;
import java.awt.BorderLayout;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;

/**
 * The Pipeline lab's view, a kedro-viz of our own: project bar on top, the layered graph with live
 * node status in the middle, details / parameters / run history at the side, run controls and the
 * last message below. It only wires widgets to {@link PipelineController}.
 */
public final class PipelineView extends JPanel implements RenderAware {
  private final PipelineController controller;
  final ProjectBar projectBar;
  final GraphCanvas canvas;
  final RunBar runBar;
  final DetailsPanel details;
  final ParametersPanel parameters;
  final HistoryPanel history;

  /** Wraps: a long project path or error is shown whole, not cut to "…". */
  final WrappingLabel message = new WrappingLabel(" ");

  private final CompletableFuture<Void> rendered = new CompletableFuture<>();

  public PipelineView(LabContext context) {
    super(new BorderLayout());
    controller = new PipelineController(context);
    projectBar = new ProjectBar(controller);
    canvas = new GraphCanvas(controller);
    runBar = new RunBar(controller);
    details = new DetailsPanel(controller);
    parameters = new ParametersPanel(controller);
    history = new HistoryPanel(controller);
    JTabbedPane side = new JTabbedPane();
    side.addTab("", details);
    side.addTab("", parameters);
    side.addTab("", history);
    Localized.tab(side, details, () -> T.get("pipeline.tab.details"));
    Localized.tab(side, parameters, () -> T.get("pipeline.tab.parameters"));
    Localized.tab(side, history, () -> T.get("pipeline.tab.history"));
    JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, canvas, side);
    split.setResizeWeight(0.7);
    side.setMinimumSize(new java.awt.Dimension(300, 100));
    canvas.setMinimumSize(new java.awt.Dimension(300, 200));
    // the house convention (docs/ui-conventions.md): every toolbar above the content
    JPanel north = new JPanel(new BorderLayout());
    north.add(projectBar, BorderLayout.NORTH);
    north.add(runBar, BorderLayout.SOUTH);
    JPanel south = new JPanel(new BorderLayout());
    JPanel messageBox = new JPanel(new BorderLayout());
    messageBox.setBorder(BorderFactory.createEmptyBorder(2, 8, 4, 8));
    messageBox.add(message, BorderLayout.CENTER);
    JPanel status = new JPanel(new BorderLayout());
    status.add(messageBox, BorderLayout.CENTER);
    JLabel legend = RunBar.legend();
    legend.setBorder(BorderFactory.createEmptyBorder(2, 8, 4, 8));
    status.add(legend, BorderLayout.EAST);
    south.add(status, BorderLayout.SOUTH);
    add(north, BorderLayout.NORTH);
    add(split, BorderLayout.CENTER);
    add(south, BorderLayout.SOUTH);
    controller.addListener(this::refresh);
    Localized.whenChanged(this, "panels", this::refresh);
    projectBar.openStarter((String) projectBar.starter.getSelectedItem());
    rendered.complete(null);
  }

  private void refresh() {
    projectBar.refresh();
    canvas.refresh();
    runBar.refresh();
    details.refresh();
    parameters.refresh();
    history.refresh(false);
    Localized.text(message, controller.message());
  }

  PipelineController controller() {
    return controller;
  }

  @Override
  public CompletionStage<?> rendered() {
    return rendered;
  }
}
