package dev.learninglab.labs.iin.view;

import static dev.learninglab.labs.iin.model.IinTexts.T;

import dev.learninglab.core.chart.TrainingCharts;
import dev.learninglab.core.compute.TrainingFailures;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.task.TaskHandle;
import dev.learninglab.core.view.ErrorColour;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.core.view.WrapLayout;
import dev.learninglab.core.view.WrappingLabel;
import dev.learninglab.labs.iin.io.PlanePng;
import dev.learninglab.labs.iin.model.toy.PlaneDensity;
import dev.learninglab.labs.iin.model.toy.PlaneFlow;
import dev.learninglab.labs.iin.model.toy.ToyReport;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * Flows on the plane: train a small flow on a 2-D density, then watch samples pass block by block
 * from the data to the Gaussian, see the learnt density as a heat map, and read the held-out NLL
 * beside the true entropy.
 */
final class PlanePanel extends JPanel {
  private static final int TRACE_POINTS = 1_500;
  private static final int HEAT_SIZE = 160;

  private final LabContext context;
  private final JComboBox<String> density = new JComboBox<>(new String[] {"8gaussians", "moons"});
  private final JSpinner blocks = new JSpinner(new SpinnerNumberModel(8, 1, 32, 1));
  private final JSpinner steps = new JSpinner(new SpinnerNumberModel(3000, 100, 50_000, 100));
  private final JButton train = Localized.text(new JButton(), () -> T.get("iin.plane.train"));
  private final JButton cancel = Localized.text(new JButton(), () -> T.get("iin.plane.cancel"));
  private final JSlider layer = new JSlider(0, 8, 0);
  private final PointsChart points = new PointsChart();
  private final ImagePanel heat = new ImagePanel(() -> T.get("iin.plane.heat.empty"));
  private final TrainingCharts charts =
      new TrainingCharts(
          new TrainingCharts.Axis(
              () -> T.get("iin.plane.loss.title"),
              () -> T.get("iin.plane.loss.x"),
              () -> T.get("iin.plane.nats"),
              () -> T.get("iin.plane.loss.series"),
              () -> T.get("iin.plane.loss.empty")),
          new TrainingCharts.Axis(
              () -> T.get("iin.plane.heldOut.title"),
              () -> T.get("iin.plane.heldOut.x"),
              () -> T.get("iin.plane.nats"),
              () -> T.get("iin.plane.heldOut.series"),
              () -> T.get("iin.plane.heldOut.empty")));
  private final WrappingLabel status =
      Localized.text(new WrappingLabel(""), () -> T.get("iin.plane.intro"));
  private TaskHandle<Trained> running;
  private Trained shown;

  /** A trained flow with what the panel draws of it, computed off the event thread. */
  private record Trained(ToyReport report, List<float[]> trace, BufferedImage heat) {}

  PlanePanel(LabContext context) {
    super(new BorderLayout(8, 8));
    this.context = context;
    setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    JPanel controls = new JPanel(new WrapLayout(FlowLayout.LEFT, 5, 5));
    controls.add(train);
    controls.add(cancel);
    controls.add(Toolbars.labelled(() -> T.get("iin.plane.density"), density));
    controls.add(Toolbars.labelled(() -> T.get("iin.plane.blocks"), blocks));
    controls.add(Toolbars.labelled(() -> T.get("iin.plane.steps"), steps));
    Localized.tip(layer, () -> T.get("iin.plane.layer.tip"));
    layer.setEnabled(false);
    controls.add(Toolbars.labelled(() -> T.get("iin.plane.layer"), layer));
    cancel.setEnabled(false);
    add(controls, BorderLayout.NORTH);
    JPanel pictures = new JPanel(new GridLayout(1, 2, 8, 8));
    pictures.add(points);
    pictures.add(heat);
    JPanel centre = new JPanel(new GridLayout(2, 1, 8, 8));
    centre.add(pictures);
    centre.add(charts);
    add(centre, BorderLayout.CENTER);
    add(status, BorderLayout.SOUTH);
    train.setMnemonic('T');
    train.addActionListener(e -> train());
    cancel.addActionListener(
        e -> {
          if (running != null) {
            running.cancel();
          }
        });
    layer.addChangeListener(e -> showLayer());
  }

  JButton trainButton() {
    return train;
  }

  JSpinner stepsSpinner() {
    return steps;
  }

  JSlider layerSlider() {
    return layer;
  }

  String statusText() {
    return status.getText();
  }

  private void train() {
    PlaneDensity chosen = PlaneDensity.byId((String) density.getSelectedItem());
    int b = (Integer) blocks.getValue();
    int n = (Integer) steps.getValue();
    train.setEnabled(false);
    cancel.setEnabled(true);
    charts.reset();
    setStatus(() -> T.get("iin.plane.training"), false);
    TrainingListener listener = charts.feed(report -> {});
    running =
        context
            .tasks()
            .submit(
                T.get("iin.task.plane", chosen.id()),
                p -> {
                  double entropy = chosen.entropy();
                  SwingUtilities.invokeLater(
                      () -> charts.reset(() -> T.get("iin.plane.entropy"), -entropy));
                  try (PlaneFlow flow = PlaneFlow.train(chosen, b, n, 0, listener, p)) {
                    float[] xy = chosen.sample(TRACE_POINTS, new Random(42));
                    return new Trained(
                        ToyReport.of(flow, 0), flow.trace(xy), PlanePng.render(flow, HEAT_SIZE));
                  }
                });
    OnEdt.after(
        running,
        trained -> {
          finished();
          show(trained);
        },
        end -> {
          finished();
          String line =
              end instanceof TaskEnd.Failed failed
                  ? TrainingFailures.line(failed)
                  : T.get("iin.plane.cancelled");
          setStatus(() -> line, end instanceof TaskEnd.Failed);
        });
  }

  private void finished() {
    train.setEnabled(true);
    cancel.setEnabled(false);
  }

  private void show(Trained trained) {
    shown = trained;
    heat.setImage(trained.heat());
    layer.setMaximum(trained.trace().size() - 1);
    layer.setValue(0);
    layer.setEnabled(true);
    showLayer();
    ToyReport r = trained.report();
    setStatus(
        () ->
            T.get(
                "iin.plane.result",
                r.density(),
                r.blocks(),
                r.steps(),
                r.nll(),
                r.entropy(),
                r.nll() - r.entropy()),
        false);
  }

  private void showLayer() {
    if (shown == null) {
      return;
    }
    int k = layer.getValue();
    int last = shown.trace().size() - 1;
    points.show(
        shown.trace().get(k),
        () ->
            k == 0
                ? T.get("iin.plane.layer.data")
                : k == last ? T.get("iin.plane.layer.z", last) : T.get("iin.plane.layer.block", k));
  }

  private void setStatus(Supplier<String> text, boolean error) {
    Localized.text(status, text);
    status.setForeground(error ? ErrorColour.get() : UIManager.getColor("Label.foreground"));
  }
}
