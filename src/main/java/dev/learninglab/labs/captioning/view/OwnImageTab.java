package dev.learninglab.labs.captioning.view;

import static dev.learninglab.labs.captioning.model.CaptioningTexts.T;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskHandle;
import dev.learninglab.core.view.FileDrop;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.labs.captioning.io.CaptionImages;
import dev.learninglab.labs.captioning.model.Captioner;
import dev.learninglab.labs.captioning.model.ModelKind;
import dev.learninglab.labs.captioning.model.SceneGenerator;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

/** Caption a picture of the learner's own (button or drag and drop) with all three models. */
final class OwnImageTab extends JPanel {

  private final LabContext context;
  private final Models models;
  private final ImageCanvas original = new ImageCanvas(240);
  private final ImageCanvas seen = new ImageCanvas(240);
  private final JLabel captions =
      Localized.text(new JLabel(), () -> "<html>" + T.get("captioning.own.empty") + "</html>");

  OwnImageTab(LabContext context, Models models) {
    super(new BorderLayout(8, 8));
    this.context = context;
    this.models = models;
    JButton open = Localized.text(new JButton(), () -> T.get("captioning.own.open"));
    open.addActionListener(e -> choose());
    JPanel top = Toolbars.row();
    top.add(open);
    top.add(Localized.text(new JLabel(), () -> T.get("captioning.own.note")));
    add(top, BorderLayout.NORTH);
    JPanel pictures = new JPanel(new FlowLayout(FlowLayout.LEFT, 12, 0));
    original.setEmptyText(() -> T.get("captioning.own.picture"));
    seen.setEmptyText(() -> T.get("captioning.own.seen"));
    pictures.add(original);
    pictures.add(seen);
    add(pictures, BorderLayout.WEST);
    captions.setVerticalAlignment(JLabel.TOP);
    captions.setBorder(BorderFactory.createEmptyBorder(0, 8, 0, 8));
    add(captions, BorderLayout.CENTER);
    setTransferHandler(
        FileDrop.first(this::caption, problem -> Localized.text(captions, () -> problem)));
  }

  private void choose() {
    JFileChooser chooser = new JFileChooser();
    if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
      caption(chooser.getSelectedFile().toPath());
    }
  }

  /** Reads and captions {@code file} in the background. */
  TaskHandle<Map<ModelKind, String>> caption(Path file) {
    String name = file.getFileName().toString();
    Localized.text(captions, () -> T.get("captioning.own.running", name));
    TaskHandle<Map<ModelKind, String>> task =
        context
            .tasks()
            .submit(
                T.get("captioning.task.own"),
                p -> {
                  BufferedImage image = CaptionImages.read(file);
                  float[] pixels = CaptionImages.toModelInput(image, SceneGenerator.SIDE);
                  SwingUtilities.invokeLater(
                      () -> {
                        original.setImage(image);
                        seen.setImage(CaptionImages.toImage(pixels, SceneGenerator.SIDE));
                      });
                  Map<ModelKind, String> texts = new EnumMap<>(ModelKind.class);
                  for (ModelKind kind : ModelKind.values()) {
                    Captioner c = models.get(kind);
                    synchronized (models) {
                      texts.put(kind, c.caption(pixels, 3).text());
                    }
                  }
                  return texts;
                });
    OnEdt.after(
        task,
        texts -> Localized.text(captions, () -> wording(texts)),
        end -> Localized.text(captions, () -> "<html>" + end.message() + "</html>"));
    return task;
  }

  /** Each model's caption under its name, in the language of the moment. */
  private static String wording(Map<ModelKind, String> texts) {
    StringBuilder html = new StringBuilder("<html>");
    texts.forEach(
        (kind, text) ->
            html.append("<b>")
                .append(kind.label())
                .append("</b><br>")
                .append(text.isEmpty() ? T.get("captioning.empty") : text)
                .append("<br><br>"));
    return html.append("</html>").toString();
  }

  String captionsText() {
    return captions.getText();
  }
}
