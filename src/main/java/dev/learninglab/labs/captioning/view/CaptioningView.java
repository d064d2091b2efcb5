package dev.learninglab.labs.captioning.view;

import static dev.learninglab.labs.captioning.model.CaptioningTexts.T;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.lab.RenderAware;
import dev.learninglab.core.view.Localized;
import dev.learninglab.labs.captioning.model.ShapesDataset;
import dev.learninglab.labs.captioning.model.ShapesExample;
import dev.learninglab.labs.captioning.model.Split;
import java.awt.BorderLayout;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;

/**
 * The captioning lab: a gallery of captioned test pictures, step-through decoding, training, the
 * two caption corpora, and captioning the learner's own picture. The shapes data is generated from
 * the default seed, the same the shipped models were trained on.
 */
public final class CaptioningView extends JPanel implements RenderAware {

  final GalleryTab gallery;
  final StepTab steps;
  final TrainTab train;
  final DataTab data;
  final OwnImageTab own;
  final JTabbedPane tabs = new JTabbedPane();
  private final CompletableFuture<Void> rendered;

  public CaptioningView(LabContext context) {
    super(new BorderLayout());
    setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
    ShapesDataset shapes = ShapesDataset.standard();
    List<ShapesExample> test = shapes.split(Split.TEST);
    Models models = new Models();
    steps = new StepTab(context, models, test);
    gallery =
        new GalleryTab(
            context,
            models,
            test,
            index -> {
              steps.open(index);
              tabs.setSelectedComponent(steps);
            });
    train = new TrainTab(context, models);
    data = new DataTab(context, shapes.split(Split.TRAIN));
    own = new OwnImageTab(context, models);
    tabs.addTab("", gallery);
    tabs.addTab("", steps);
    tabs.addTab("", train);
    tabs.addTab("", data);
    tabs.addTab("", own);
    Localized.tab(tabs, gallery, () -> T.get("captioning.tab.gallery"));
    Localized.tab(tabs, steps, () -> T.get("captioning.tab.step"));
    Localized.tab(tabs, train, () -> T.get("captioning.tab.train"));
    Localized.tab(tabs, data, () -> T.get("captioning.tab.data"));
    Localized.tab(tabs, own, () -> T.get("captioning.tab.own"));
    add(tabs, BorderLayout.CENTER);
    gallery.refresh();
    rendered = gallery.onScreen();
    steps.load();
  }

  /** Complete once the first page of captions is on screen (or failed with a message). */
  @Override
  public CompletionStage<?> rendered() {
    return rendered;
  }
}
