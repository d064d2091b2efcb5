package dev.learninglab.labs.smell.view;

import static dev.learninglab.labs.smell.model.SmellTexts.T;

import dev.learninglab.core.chart.CentredText;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.function.Supplier;
import javax.swing.JPanel;
import javax.swing.UIManager;

/** Shows the depiction on a white card (CDK draws dark bonds), or a hint when there is none. */
final class DepictionPanel extends JPanel {
  private static final long serialVersionUID = 1L;
  private transient BufferedImage image;
  private transient Supplier<String> hint = () -> T.get("smell.depiction.hint");

  DepictionPanel() {
    setPreferredSize(new Dimension(460, 380));
  }

  void show(BufferedImage image) {
    this.image = image;
    repaint();
  }

  void clear(Supplier<String> hint) {
    this.image = null;
    this.hint = hint;
    repaint();
  }

  boolean hasImage() {
    return image != null;
  }

  @Override
  protected void paintComponent(Graphics g) {
    super.paintComponent(g);
    Graphics2D g2 = (Graphics2D) g.create();
    g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    if (image == null) {
      g2.setColor(UIManager.getColor("Label.disabledForeground"));
      CentredText.draw(g2, hint.get(), getWidth(), getHeight() / 2);
    } else {
      int x = (getWidth() - image.getWidth()) / 2;
      int y = (getHeight() - image.getHeight()) / 2;
      g2.setColor(java.awt.Color.WHITE);
      g2.fillRoundRect(x - 6, y - 6, image.getWidth() + 12, image.getHeight() + 12, 14, 14);
      g2.drawImage(image, x, y, null);
    }
    g2.dispose();
  }
}
