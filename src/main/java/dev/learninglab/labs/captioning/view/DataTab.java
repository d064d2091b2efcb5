package dev.learninglab.labs.captioning.view;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskHandle;
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
  final StatsPanel shapes = new StatsPanel("Shapes scenes (training split)", "Computing…");
  final StatsPanel flickr =
      new StatsPanel(
          "Flickr8k captions (training split)",
          "<html>Press <b>Load Flickr8k captions</b>: they come from the catalogue"
              + " (flickr8k-text; a mirror folder or a download).</html>");
  final JButton loadFlickr = new JButton("Load Flickr8k captions");

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
        "");
  }

  /** The catalogued captions' statistics and human agreement. */
  record Flickr(CaptionStats stats, double[] agreement) {}

  TaskHandle<Flickr> loadFlickr() {
    loadFlickr.setEnabled(false);
    flickr.message("Loading the Flickr8k captions…");
    TaskHandle<Flickr> task =
        context
            .tasks()
            .submit(
                "Loading Flickr8k captions",
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
              "<br><b>Human agreement</b> (caption #0 vs the other four, test"
                  + " split): BLEU-1..4 %.3f %.3f %.3f %.3f".formatted(b[0], b[1], b[2], b[3]));
        },
        end -> {
          loadFlickr.setEnabled(true);
          flickr.message(
              "<html>Flickr8k captions are not available here: "
                  + end.message()
                  + "<br>Set LEARNING_LAB_DATA_MIRROR to a folder holding"
                  + " flickr8k-text, or go online, and press the button"
                  + " again.</html>");
        });
    return task;
  }
}
