package dev.learninglab.labs.captioning.view;

import static dev.learninglab.labs.captioning.model.CaptioningTexts.T;

import dev.learninglab.labs.captioning.io.CaptionImages;
import dev.learninglab.labs.captioning.model.Bleu;
import dev.learninglab.labs.captioning.model.Caption;
import dev.learninglab.labs.captioning.model.SceneGenerator;
import dev.learninglab.labs.captioning.model.SemanticChecker;
import dev.learninglab.labs.captioning.model.ShapesExample;
import dev.learninglab.labs.captioning.model.Tokenizer;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Insets;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;

/** One picture of the gallery: the image, the generated caption, check mark, BLEU, references. */
final class CaptionCell extends JPanel {

  private static final int GAP = 6;
  private static final int TEXT_WIDTH = 220;
  private final ImageCanvas canvas = new ImageCanvas(ThumbnailSide.MIN);
  private final JLabel text = new JLabel();
  final ShapesExample example;
  private Caption caption;

  CaptionCell(ShapesExample example) {
    super(new BorderLayout(GAP, 0));
    this.example = example;
    setBorder(
        BorderFactory.createCompoundBorder(
            BorderFactory.createLineBorder(UIManager.getColor("Separator.foreground")),
            BorderFactory.createEmptyBorder(4, 4, 4, 4)));
    canvas.setImage(CaptionImages.toImage(example.pixels(), SceneGenerator.SIDE));
    text.setVerticalAlignment(JLabel.TOP);
    add(canvas, BorderLayout.WEST);
    add(text, BorderLayout.CENTER);
    show(null);
  }

  /**
   * Grows the picture into the room its caption leaves (a large screen), before the layout reads
   * its size. The caption wraps, so it is kept a column of {@value #TEXT_WIDTH} px, not its
   * one-line width (that left the picture at its smallest on a 1920 px screen).
   */
  @Override
  public void doLayout() {
    Insets in = getInsets();
    int side =
        ThumbnailSide.fitting(
            getWidth() - in.left - in.right - GAP - TEXT_WIDTH, getHeight() - in.top - in.bottom);
    canvas.setPreferredSize(new Dimension(side, side));
    super.doLayout();
  }

  /** The side the picture is drawn at now (for tests). */
  int thumbnailSide() {
    return canvas.getPreferredSize().width;
  }

  /** The cell in the language of the moment (called again after a switch). */
  void show(Caption c) {
    this.caption = c;
    StringBuilder html = new StringBuilder("<html>");
    if (c == null) {
      html.append("<i>").append(T.get("captioning.cell.running")).append("</i>");
    } else {
      boolean ok = SemanticChecker.isTrue(c.tokens(), example.scene());
      double bleu4 =
          Bleu.corpus(
              List.of(example.captions().stream().map(Tokenizer::tokens).toList()),
              List.of(c.tokens()))[3];
      html.append("<b>")
          .append(c.tokens().isEmpty() ? T.get("captioning.empty") : c.text())
          .append("</b> ")
          .append(
              ok
                  ? "<font color='#2e9d4a'>" + T.get("captioning.cell.true") + "</font>"
                  : "<font color='#d0453a'>" + T.get("captioning.cell.false") + "</font>")
          .append(T.get("captioning.cell.bleu", bleu4));
      if (!c.ended()) {
        html.append(T.get("captioning.cell.noEnd"));
      }
    }
    html.append("<br><small>");
    for (String r : example.captions()) {
      html.append(r).append("<br>");
    }
    html.append("</small></html>");
    text.setText(html.toString());
  }

  Caption caption() {
    return caption;
  }

  String captionText() {
    return caption == null ? "" : caption.text();
  }
}
