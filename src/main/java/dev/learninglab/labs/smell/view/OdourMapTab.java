package dev.learninglab.labs.smell.view;

import static dev.learninglab.labs.smell.model.SmellTexts.T;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.core.view.WrappingLabel;
import dev.learninglab.labs.smell.model.data.OdourData;
import dev.learninglab.labs.smell.model.data.OdourTask;
import dev.learninglab.labs.smell.model.gnn.SavedModel;
import dev.learninglab.labs.smell.model.map.OdourMap;
import java.awt.BorderLayout;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * The "principal odour map": the GS-LF molecules embedded by the shipped network and projected to
 * two dimensions by PCA, coloured by one odour at a time.
 */
final class OdourMapTab extends JPanel {
  private static final long serialVersionUID = 1L;
  private static final String FIRST_ODOUR = "fruity";

  private final LabContext context;
  private final JButton draw = Localized.text(new JButton(), () -> T.get("smell.map.draw"));
  private final JComboBox<String> odour = new JComboBox<>();
  private final WrappingLabel status = new WrappingLabel("");
  private final OdourMapPlot plot = new OdourMapPlot(() -> T.get("smell.map.empty"));
  private transient OdourMap map;

  OdourMapTab(LabContext context) {
    super(new BorderLayout(8, 8));
    this.context = context;
    setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    draw.setName("drawMapButton");
    odour.setName("mapOdour");
    status.setName("mapStatus");
    odour.setPrototypeDisplayValue("black currant ");
    odour.setEnabled(false);
    JPanel controls = Toolbars.row();
    controls.add(draw);
    controls.add(Localized.text(new JLabel(), () -> T.get("smell.map.colourBy")));
    controls.add(odour);
    JPanel north = new JPanel(new BorderLayout(0, 4));
    north.add(controls, BorderLayout.NORTH);
    north.add(status, BorderLayout.SOUTH);
    Localized.text(status, () -> T.get("smell.map.intro"));
    add(north, BorderLayout.NORTH);
    add(plot, BorderLayout.CENTER);
    draw.addActionListener(e -> start());
    odour.addActionListener(e -> recolour());
  }

  private void start() {
    draw.setEnabled(false);
    Localized.text(status, () -> T.get("smell.map.reading"));
    OnEdt.after(
        context
            .tasks()
            .submit(
                T.get("smell.task.map"),
                progress -> {
                  OdourData data = OdourTask.GSLF.load(context.datasets(), progress);
                  progress.report(0, 1, T.get("smell.map.embedding", data.size()));
                  try (SavedModel model =
                      SavedModel.shipped("gslf")
                          .orElseThrow(
                              () -> new IllegalStateException("this build ships no GS-LF model"))) {
                    return OdourMap.of(model, data);
                  }
                }),
        result -> {
          draw.setEnabled(true);
          show(result);
        },
        end -> {
          draw.setEnabled(true);
          Localized.text(
              status,
              () ->
                  end instanceof TaskEnd.Failed failed
                      ? T.get("smell.map.failed", failed.message())
                      : T.get("smell.cancelled"));
        });
  }

  private void show(OdourMap result) {
    map = result;
    odour.removeAllItems();
    result.odours().forEach(odour::addItem);
    odour.setEnabled(true);
    int first = Math.max(0, result.odours().indexOf(FIRST_ODOUR));
    plot.show(result, first);
    odour.setSelectedIndex(first); // fires recolour()
  }

  private void recolour() {
    int index = odour.getSelectedIndex();
    if (map == null || index < 0) {
      return;
    }
    plot.colourBy(index);
    int size = map.size();
    double kept = map.explained()[0] + map.explained()[1];
    Localized.text(status, () -> T.get("smell.map.shown", size, kept));
  }

  OdourMapPlot plot() {
    return plot;
  }
}
