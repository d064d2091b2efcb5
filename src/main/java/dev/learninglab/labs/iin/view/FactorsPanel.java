package dev.learninglab.labs.iin.view;

import static dev.learninglab.labs.iin.model.IinTexts.T;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.view.ErrorColour;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.WrapLayout;
import dev.learninglab.core.view.WrappingLabel;
import dev.learninglab.labs.iin.io.GridPicture;
import dev.learninglab.labs.iin.model.data.ColourDigits;
import dev.learninglab.labs.iin.model.iin.IinModel;
import dev.learninglab.labs.iin.model.iin.SwapGrid;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.Random;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;

/**
 * Factors and "why a flow": the shipped ColorfulMNIST IIN's swap grid (rows give the digit, columns
 * the colour) beside the same swap done on the same dimensions of the autoencoder's code without T.
 */
final class FactorsPanel extends JPanel {
  private static final int SIDE = 5;

  private final LabContext context;
  private final JButton show = Localized.text(new JButton(), () -> T.get("iin.factors.show"));
  private final JButton other = Localized.text(new JButton(), () -> T.get("iin.factors.other"));
  private final ImagePanel flowGrid = new ImagePanel(() -> T.get("iin.factors.flow.empty"));
  private final ImagePanel plainGrid = new ImagePanel(() -> T.get("iin.factors.plain.empty"));
  private final WrappingLabel status =
      Localized.text(new WrappingLabel(""), () -> T.get("iin.factors.intro"));
  private volatile IinModel model;
  private volatile ColourDigits data;
  private long seed = 1;

  FactorsPanel(LabContext context) {
    super(new BorderLayout(8, 8));
    this.context = context;
    setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    JPanel controls = new JPanel(new WrapLayout(FlowLayout.LEFT, 5, 5));
    controls.add(show);
    controls.add(other);
    other.setEnabled(false);
    add(controls, BorderLayout.NORTH);
    JPanel grids = new JPanel(new GridLayout(1, 2, 12, 0));
    grids.add(titled(() -> T.get("iin.factors.flow.title"), flowGrid));
    grids.add(titled(() -> T.get("iin.factors.plain.title"), plainGrid));
    add(grids, BorderLayout.CENTER);
    add(status, BorderLayout.SOUTH);
    show.setMnemonic('S');
    other.setMnemonic('O');
    show.addActionListener(e -> showGrid());
    other.addActionListener(
        e -> {
          seed++;
          showGrid();
        });
  }

  /** Whether both grids show a picture (for tests). */
  boolean showsGrids() {
    return flowGrid.hasImage() && plainGrid.hasImage();
  }

  JButton showButton() {
    return show;
  }

  private static JPanel titled(Supplier<String> title, ImagePanel panel) {
    JPanel p = new JPanel(new BorderLayout(0, 4));
    p.add(Localized.text(new JLabel(), title), BorderLayout.NORTH);
    p.add(panel, BorderLayout.CENTER);
    return p;
  }

  private void showGrid() {
    show.setEnabled(false);
    other.setEnabled(false);
    long chosen = seed;
    Color background = UIManager.getColor("Panel.background");
    var task =
        context
            .tasks()
            .submit(
                T.get("iin.task.factors"),
                p -> {
                  if (model == null) {
                    data = ColourDigits.load(context.datasets(), p);
                    model = IinModel.load(IinModel.folder(IinModel.SHIPPED));
                  }
                  Random random = new Random(chosen);
                  int[] rows = new int[SIDE];
                  int[] columns = new int[SIDE];
                  for (int i = 0; i < SIDE; i++) {
                    rows[i] = random.nextInt(ColourDigits.TEST);
                    columns[i] = random.nextInt(ColourDigits.TEST);
                  }
                  SwapGrid grid = SwapGrid.of(model, data, rows, columns);
                  return new java.awt.image.BufferedImage[] {
                    GridPicture.render(grid, true, background),
                    GridPicture.render(grid, false, background)
                  };
                });
    OnEdt.after(
        task,
        images -> {
          flowGrid.setImage(images[0]);
          plainGrid.setImage(images[1]);
          show.setEnabled(true);
          other.setEnabled(true);
          status.setForeground(UIManager.getColor("Label.foreground"));
        },
        end -> {
          show.setEnabled(true);
          if (end instanceof TaskEnd.Failed failed) {
            Localized.text(status, failed::message);
            status.setForeground(ErrorColour.get());
          }
        });
  }
}
