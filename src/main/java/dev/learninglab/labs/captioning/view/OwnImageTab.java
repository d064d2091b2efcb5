package dev.learninglab.labs.captioning.view;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskHandle;
import dev.learninglab.core.view.FileDrop;
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
  private final JLabel captions = new JLabel("<html>Open a picture or drop one here.</html>");

  OwnImageTab(LabContext context, Models models) {
    super(new BorderLayout(8, 8));
    this.context = context;
    this.models = models;
    JButton open = new JButton("Open image…");
    open.addActionListener(e -> choose());
    JPanel top = Toolbars.row();
    top.add(open);
    top.add(
        new JLabel(
            "The models were trained on shape scenes only: on a photo they still describe"
                + " coloured circles, squares and triangles."));
    add(top, BorderLayout.NORTH);
    JPanel pictures = new JPanel(new FlowLayout(FlowLayout.LEFT, 12, 0));
    original.setEmptyText("Your picture");
    seen.setEmptyText("What the model sees (48×48)");
    pictures.add(original);
    pictures.add(seen);
    add(pictures, BorderLayout.WEST);
    captions.setVerticalAlignment(JLabel.TOP);
    captions.setBorder(BorderFactory.createEmptyBorder(0, 8, 0, 8));
    add(captions, BorderLayout.CENTER);
    setTransferHandler(FileDrop.first(this::caption, captions::setText));
  }

  private void choose() {
    JFileChooser chooser = new JFileChooser();
    if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
      caption(chooser.getSelectedFile().toPath());
    }
  }

  /** Reads and captions {@code file} in the background. */
  TaskHandle<String> caption(Path file) {
    captions.setText("Captioning " + file.getFileName() + "…");
    TaskHandle<String> task =
        context
            .tasks()
            .submit(
                "Captioning your picture",
                p -> {
                  BufferedImage image = CaptionImages.read(file);
                  float[] pixels = CaptionImages.toModelInput(image, SceneGenerator.SIDE);
                  SwingUtilities.invokeLater(
                      () -> {
                        original.setImage(image);
                        seen.setImage(CaptionImages.toImage(pixels, SceneGenerator.SIDE));
                      });
                  StringBuilder html = new StringBuilder("<html>");
                  for (ModelKind kind : ModelKind.values()) {
                    Captioner c = models.get(kind);
                    String text;
                    synchronized (models) {
                      text = c.caption(pixels, 3).text();
                    }
                    html.append("<b>").append(kind.label()).append("</b><br>");
                    html.append(text.isEmpty() ? "(empty)" : text).append("<br><br>");
                  }
                  return html.append("</html>").toString();
                });
    OnEdt.after(
        task, captions::setText, end -> captions.setText("<html>" + end.message() + "</html>"));
    return task;
  }

  String captionsText() {
    return captions.getText();
  }
}
