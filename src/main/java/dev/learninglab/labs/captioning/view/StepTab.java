package dev.learninglab.labs.captioning.view;

import static dev.learninglab.labs.captioning.model.CaptioningTexts.T;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskHandle;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.core.view.WrappingLabel;
import dev.learninglab.labs.captioning.io.CaptionImages;
import dev.learninglab.labs.captioning.model.BeamTree;
import dev.learninglab.labs.captioning.model.Captioner;
import dev.learninglab.labs.captioning.model.DecodingStep;
import dev.learninglab.labs.captioning.model.ModelKind;
import dev.learninglab.labs.captioning.model.SceneGenerator;
import dev.learninglab.labs.captioning.model.ShapesExample;
import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

/**
 * Greedy decoding one word at a time: the caption so far, the five most probable next words with
 * their probabilities, for v3 the attention over the picture when the word was chosen, and beam
 * search over the same picture drawn as a tree that grows with each step.
 */
final class StepTab extends JPanel {

  private final LabContext context;
  private final Models models;
  private final List<ShapesExample> test;
  final JComboBox<ModelKind> model = new JComboBox<>(ModelKind.values());
  final JSpinner image;
  final JButton back = Localized.text(new JButton(), () -> T.get("captioning.step.back"));
  final JButton next = Localized.text(new JButton(), () -> T.get("captioning.step.next"));
  final JButton all = Localized.text(new JButton(), () -> T.get("captioning.step.all"));
  private final ImageCanvas canvas = new ImageCanvas(288);
  private final JLabel sentence = new JLabel(" ");
  private final JLabel note = new JLabel(" ");
  private final JLabel nextTitle = new JLabel(" ");
  private final JLabel[] words = new JLabel[Captioner.TOP];
  private final JProgressBar[] bars = new JProgressBar[Captioner.TOP];
  final JSpinner beamWidth = new JSpinner(new SpinnerNumberModel(3, 1, 5, 1));
  final BeamTreePanel beam = new BeamTreePanel();
  private final WrappingLabel beamTitle = new WrappingLabel(" ");
  private List<DecodingStep> trace = List.of();
  private BeamTree tree;
  private int shown;

  StepTab(LabContext context, Models models, List<ShapesExample> test) {
    super(new BorderLayout(8, 8));
    this.context = context;
    this.models = models;
    this.test = test;
    image = new JSpinner(new SpinnerNumberModel(1, 1, test.size(), 1));
    model.setSelectedItem(ModelKind.V3);
    JPanel controls = Toolbars.row();
    controls.add(next);
    controls.add(back);
    controls.add(all);
    controls.add(Toolbars.separator());
    controls.add(Localized.text(new JLabel(), () -> T.get("captioning.model")));
    controls.add(model);
    controls.add(Localized.text(new JLabel(), () -> T.get("captioning.step.picture")));
    controls.add(image);
    controls.add(Localized.text(new JLabel(), () -> T.get("captioning.step.beamWidth")));
    controls.add(beamWidth);
    add(controls, BorderLayout.NORTH);
    JPanel left = new JPanel(new BorderLayout());
    left.add(canvas, BorderLayout.NORTH);
    add(left, BorderLayout.WEST);
    JPanel centre = new JPanel(new BorderLayout(0, 4));
    centre.add(topWords(), BorderLayout.NORTH);
    JPanel beamBox = new JPanel(new BorderLayout(0, 4));
    beamBox.setBorder(BorderFactory.createEmptyBorder(0, 12, 0, 12));
    beamBox.add(beamTitle, BorderLayout.NORTH);
    beamBox.add(new JScrollPane(beam), BorderLayout.CENTER);
    centre.add(beamBox, BorderLayout.CENTER);
    add(centre, BorderLayout.CENTER);
    model.addActionListener(e -> load());
    beamWidth.addChangeListener(e -> load());
    image.addChangeListener(e -> load());
    back.addActionListener(e -> show(shown - 1));
    next.addActionListener(e -> show(shown + 1));
    all.addActionListener(e -> show(trace.size()));
    show(0);
    Localized.whenChanged(this, "step", () -> show(shown));
  }

  private JPanel topWords() {
    JPanel p = new JPanel(new GridBagLayout());
    p.setBorder(BorderFactory.createEmptyBorder(0, 12, 0, 12));
    GridBagConstraints c = new GridBagConstraints();
    c.gridx = 0;
    c.gridy = 0;
    c.gridwidth = 2;
    c.anchor = GridBagConstraints.WEST;
    c.insets = new Insets(4, 0, 4, 0);
    sentence.setFont(sentence.getFont().deriveFont(sentence.getFont().getSize2D() * 1.5f));
    p.add(sentence, c);
    c.gridy++;
    p.add(nextTitle, c);
    c.gridwidth = 1;
    for (int i = 0; i < Captioner.TOP; i++) {
      c.gridy++;
      c.gridx = 0;
      c.weightx = 0;
      words[i] = new JLabel(" ");
      p.add(words[i], c);
      c.gridx = 1;
      c.weightx = 1;
      c.fill = GridBagConstraints.HORIZONTAL;
      bars[i] = new JProgressBar(0, 1000);
      bars[i].setStringPainted(true);
      p.add(bars[i], c);
      c.fill = GridBagConstraints.NONE;
    }
    c.gridy++;
    c.gridx = 0;
    c.gridwidth = 2;
    c.anchor = GridBagConstraints.NORTHWEST;
    p.add(note, c);
    return p;
  }

  /** Shows test picture {@code index} (0-based) and decodes it. */
  void open(int index) {
    image.setValue(index + 1);
  }

  /** Decodes the current picture in the background; returns the task (for tests). */
  TaskHandle<Decoding> load() {
    ShapesExample e = test.get((Integer) image.getValue() - 1);
    canvas.setImage(CaptionImages.toImage(e.pixels(), SceneGenerator.SIDE));
    ModelKind kind = (ModelKind) model.getSelectedItem();
    int width = (Integer) beamWidth.getValue();
    trace = List.of();
    tree = null;
    show(0);
    Localized.text(sentence, () -> T.get("captioning.step.decoding"));
    TaskHandle<Decoding> task =
        context
            .tasks()
            .submit(
                T.get("captioning.task.step"),
                p -> {
                  Captioner c = models.get(kind);
                  synchronized (models) {
                    return new Decoding(
                        c.trace(e.pixels()),
                        kind.autoregressive() ? c.beamTree(e.pixels(), width) : null);
                  }
                });
    OnEdt.after(
        task,
        decoding -> {
          trace = decoding.steps();
          tree = decoding.beam();
          boolean hasBeam = tree != null;
          Localized.text(
              beamTitle, () -> hasBeam ? T.get("captioning.step.beamTitle", width) : " ");
          Localized.text(
              note,
              () ->
                  "<html>"
                      + (kind.autoregressive()
                          ? T.get("captioning.step.attention")
                          : T.get("captioning.step.noAttention", kind.id()))
                      + "</html>");
          show(1);
        },
        end -> Localized.text(sentence, () -> T.get("captioning.step.failed", end.message())));
    return task;
  }

  /** Shows the first {@code count} decoded words. */
  void show(int count) {
    shown = Math.max(0, Math.min(count, trace.size()));
    back.setEnabled(shown > 1);
    next.setEnabled(shown < trace.size());
    all.setEnabled(shown < trace.size());
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < shown; i++) {
      text.append(trace.get(i).word()).append(' ');
    }
    // while decoding, the sentence says so; once decoded, it is the words written so far
    String written = shown == 0 ? " " : text.toString().strip();
    if (!trace.isEmpty()) {
      Localized.text(sentence, () -> written);
    }
    // the list is the distribution the next word will be drawn from, before it is chosen
    DecodingStep coming = shown < trace.size() ? trace.get(shown) : null;
    nextTitle.setText(
        coming == null && !trace.isEmpty()
            ? T.get("captioning.step.complete")
            : T.get("captioning.step.nextTitle"));
    for (int i = 0; i < Captioner.TOP; i++) {
      String w = coming == null ? " " : coming.topWords().get(i);
      double p = coming == null ? 0 : coming.topProbabilities().get(i);
      words[i].setText(w);
      bars[i].setValue((int) Math.round(p * 1000));
      bars[i].setString(coming == null ? "" : "%.1f %%".formatted(100 * p));
    }
    // the attention is the one behind the last word written
    DecodingStep step = shown == 0 ? null : trace.get(shown - 1);
    canvas.setAttention(step == null ? null : step.attention(), step == null ? 0 : step.grid());
    // the beam grows with the words; at the greedy caption's end it shows the whole search
    int beamSteps = tree == null ? 0 : shown == trace.size() ? tree.steps().size() : shown;
    beam.show(
        tree,
        beamSteps,
        tree != null || trace.isEmpty()
            ? " "
            : T.get("captioning.step.noBeam", ((ModelKind) model.getSelectedItem()).id()));
  }

  /** The greedy trace and, for v3, the beam search of the same picture. */
  record Decoding(List<DecodingStep> steps, BeamTree beam) {}

  /** The words shown so far (for tests). */
  String sentenceText() {
    return sentence.getText();
  }

  int steps() {
    return trace.size();
  }

  /** The most probable next word as listed (for tests). */
  String topNextWord() {
    return words[0].getText();
  }
}
