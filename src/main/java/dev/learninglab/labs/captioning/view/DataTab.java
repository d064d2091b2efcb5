package dev.learninglab.labs.captioning.view;

import static dev.learninglab.labs.captioning.model.CaptioningTexts.T;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskHandle;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.labs.captioning.model.CaptionStats;
import dev.learninglab.labs.captioning.model.Flickr8kText;
import dev.learninglab.labs.captioning.model.ShapesExample;
import dev.learninglab.labs.captioning.model.Split;
import dev.learninglab.labs.captioning.model.Tokenizer;
import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JPanel;

/**
 * The two caption corpora side by side: the generated shapes captions (always here) and Flickr8k's
 * (loaded from the catalogue on request), with Flickr8k's human-agreement BLEU — how well one
 * person's caption matches four others', the ceiling for a model.
 */
final class DataTab extends JPanel {

  private final LabContext context;
  final StatsPanel shapes =
      new StatsPanel(
          () -> T.get("captioning.data.shapes"), () -> T.get("captioning.data.computing"));
  final StatsPanel flickr =
      new StatsPanel(
          () -> T.get("captioning.data.flickr"),
          () -> "<html>" + T.get("captioning.data.flickrEmpty") + "</html>");
  final JButton loadFlickr = Localized.text(new JButton(), () -> T.get("captioning.data.load"));

  DataTab(LabContext context, List<ShapesExample> train) {
    super(new BorderLayout(0, 6));
    this.context = context;
    JPanel both = new JPanel(new GridLayout(1, 2, 8, 0));
    both.add(shapes);
    both.add(flickr);
    JPanel controls = Toolbars.row();
    controls.add(loadFlickr);
    loadFlickr.addActionListener(e -> loadFlickr());
    add(controls, BorderLayout.NORTH);
    add(both, BorderLayout.CENTER);
    shapes.show(
        CaptionStats.of(
            train.stream().flatMap(e -> e.captions().stream()).map(Tokenizer::tokens).toList(), 20),
        () -> "");
  }

  /** The catalogued captions' statistics and human agreement. */
  record Flickr(CaptionStats stats, double[] agreement) {}

  TaskHandle<Flickr> loadFlickr() {
    loadFlickr.setEnabled(false);
    flickr.message(() -> T.get("captioning.data.loading"));
    TaskHandle<Flickr> task =
        context
            .tasks()
            .submit(
                T.get("captioning.task.flickr"),
                p -> {
                  Path tokens =
                      context
                          .datasets()
                          .resolveFile(Flickr8kText.DATASET_ID, Flickr8kText.TOKENS, p);
                  Flickr8kText f = Flickr8kText.read(tokens.getParent());
                  List<List<String>> train =
                      f.images(Split.TRAIN).stream()
                          .flatMap(i -> f.captionsOf(i).stream())
                          .map(Tokenizer::tokens)
                          .toList();
                  return new Flickr(CaptionStats.of(train, 20), f.humanAgreementBleu(Split.TEST));
                });
    OnEdt.after(
        task,
        loaded -> {
          double[] b = loaded.agreement();
          flickr.show(
              loaded.stats(),
              () -> "<br>" + T.get("captioning.data.agreement", b[0], b[1], b[2], b[3]));
        },
        end -> {
          loadFlickr.setEnabled(true);
          flickr.message(
              () -> "<html>" + T.get("captioning.data.unavailable", end.message()) + "</html>");
        });
    return task;
  }
}
