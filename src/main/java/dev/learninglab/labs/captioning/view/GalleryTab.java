package dev.learninglab.labs.captioning.view;

import static dev.learninglab.labs.captioning.model.CaptioningTexts.T;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskHandle;
import dev.learninglab.core.view.ErrorColour;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.labs.captioning.model.Caption;
import dev.learninglab.labs.captioning.model.Captioner;
import dev.learninglab.labs.captioning.model.Evaluation;
import dev.learninglab.labs.captioning.model.ModelKind;
import dev.learninglab.labs.captioning.model.ShapesExample;
import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

/**
 * Eight test pictures at a time with the chosen model's caption, its truth check, its BLEU-4 and
 * the five references; a summary with corpus BLEU and the collapse check. Clicking a picture opens
 * it in the step-through tab.
 */
final class GalleryTab extends JPanel {

  static final int PER_PAGE = 8;

  private final LabContext context;
  private final Models models;
  private final List<ShapesExample> test;
  final JComboBox<ModelKind> model = new JComboBox<>(ModelKind.values());
  final JComboBox<Decoding> decoding = new JComboBox<>(Decoding.choices());
  final JSpinner page;
  private final JPanel grid = new JPanel(new GridLayout(2, 4, 6, 6));
  private final JLabel summary = new JLabel(" ");
  final List<CaptionCell> cells = new ArrayList<>();
  private TaskHandle<List<Caption>> running;
  private CompletableFuture<Void> onScreen = CompletableFuture.completedFuture(null);

  GalleryTab(LabContext context, Models models, List<ShapesExample> test, Consumer<Integer> open) {
    super(new BorderLayout(0, 6));
    this.context = context;
    this.models = models;
    this.test = test;
    page = new JSpinner(new SpinnerNumberModel(1, 1, test.size() / PER_PAGE, 1));
    model.setSelectedItem(ModelKind.V3);
    JPanel controls = Toolbars.row();
    JButton caption = Localized.text(new JButton(), () -> T.get("captioning.gallery.caption"));
    controls.add(caption);
    controls.add(Toolbars.separator());
    controls.add(Localized.text(new JLabel(), () -> T.get("captioning.model")));
    controls.add(model);
    controls.add(Localized.text(new JLabel(), () -> T.get("captioning.gallery.decoding")));
    controls.add(decoding);
    controls.add(Localized.text(new JLabel(), () -> T.get("captioning.gallery.page")));
    controls.add(page);
    // the cells word their verdicts themselves: show them again in the new language
    Localized.whenChanged(this, "cells", () -> cells.forEach(c -> c.show(c.caption())));
    caption.addActionListener(e -> refresh());
    model.addActionListener(e -> refresh());
    decoding.addActionListener(e -> refresh());
    page.addChangeListener(e -> refresh());
    add(controls, BorderLayout.NORTH);
    add(grid, BorderLayout.CENTER);
    add(summary, BorderLayout.SOUTH);
    grid.addMouseListener(
        new MouseAdapter() {
          @Override
          public void mouseClicked(MouseEvent e) {
            java.awt.Component c = grid.getComponentAt(e.getPoint());
            if (c instanceof CaptionCell cell) {
              open.accept(test.indexOf(cell.example));
            }
          }
        });
  }

  /** Captions the current page in the background; returns the task (for tests). */
  TaskHandle<List<Caption>> refresh() {
    if (running != null) {
      running.cancel();
    }
    int from = ((Integer) page.getValue() - 1) * PER_PAGE;
    List<ShapesExample> shown = test.subList(from, from + PER_PAGE);
    grid.removeAll();
    cells.clear();
    for (ShapesExample e : shown) {
      CaptionCell cell = new CaptionCell(e);
      cells.add(cell);
      grid.add(cell);
    }
    grid.revalidate();
    grid.repaint();
    ModelKind kind = (ModelKind) model.getSelectedItem();
    int beam = ((Decoding) decoding.getSelectedItem()).beam();
    Localized.text(summary, () -> T.get("captioning.gallery.running", kind.label()));
    TaskHandle<List<Caption>> task =
        context
            .tasks()
            .submit(
                T.get("captioning.task.gallery"),
                p -> {
                  Captioner c = models.get(kind);
                  List<Caption> out = new ArrayList<>();
                  synchronized (models) {
                    for (ShapesExample e : shown) {
                      p.checkCancelled();
                      out.add(c.caption(e.pixels(), beam));
                    }
                  }
                  return out;
                });
    running = task;
    onScreen =
        OnEdt.after(
            task,
            captions -> shown(task, kind, shown, captions),
            end -> {
              if (task == running) {
                Localized.text(summary, () -> T.get("captioning.gallery.failed", end.message()));
              }
            });
    return task;
  }

  private void shown(
      TaskHandle<List<Caption>> task,
      ModelKind kind,
      List<ShapesExample> shown,
      List<Caption> captions) {
    if (task != running) {
      return;
    }
    for (int i = 0; i < captions.size(); i++) {
      cells.get(i).show(captions.get(i));
    }
    // evaluated again on a language switch: the collapse reason is worded when it is found
    Localized.text(
        summary,
        () ->
            wording(
                Evaluation.of(
                    kind.id(),
                    "test",
                    shown,
                    captions,
                    shown.stream().map(ShapesExample::scene).toList())));
  }

  /** The scores of the page in the language of the moment. */
  private static String wording(Evaluation e) {
    double[] b = e.bleu();
    String scores =
        T.get(
            "captioning.gallery.scores",
            e.images(),
            b[0],
            b[1],
            b[2],
            b[3],
            Math.round(e.semanticAccuracy() * e.images()),
            e.distinctCaptions(),
            Math.round(e.endRate() * e.images()));
    // the reason is worded again, so that it follows the language too
    String collapse =
        e.collapsed()
            ? "<br><font color='"
                + ErrorColour.css()
                + "'>"
                + T.get("captioning.gallery.collapse", e.collapseReason())
                + "</font>"
            : "";
    return "<html>" + scores + collapse + " " + T.get("captioning.gallery.click") + "</html>";
  }

  /** Completes once the latest page's captions (or why there are none) are on screen. */
  CompletableFuture<Void> onScreen() {
    return onScreen;
  }

  String summaryText() {
    return summary.getText();
  }
}
