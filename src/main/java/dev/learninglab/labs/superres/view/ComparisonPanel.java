package dev.learninglab.labs.superres.view;

import java.awt.CardLayout;
import java.awt.GridLayout;
import java.awt.image.BufferedImage;
import java.util.List;
import javax.swing.JPanel;

/**
 * Original, bicubic and FSRCNN either side by side or as a slider (bicubic | FSRCNN), all sharing
 * one zoom, pan and magnifier.
 */
final class ComparisonPanel extends JPanel {

  private static final String SIDE = "side";
  private static final String SLIDER = "slider";

  private final ViewTransform transform = new ViewTransform();
  private final List<ImagePane> panes =
      List.of(new ImagePane(transform), new ImagePane(transform), new ImagePane(transform));
  // the slider fills the whole panel, so it fits the picture with a transform of its own
  private final ViewTransform sliderTransform = new ViewTransform();
  private final SliderPane slider = new SliderPane(sliderTransform);
  private final CardLayout cards = new CardLayout();
  private BufferedImage fitted;

  ComparisonPanel() {
    setLayout(cards);
    JPanel side = new JPanel(new GridLayout(1, 3, 4, 0));
    panes.forEach(side::add);
    add(side, SIDE);
    add(slider, SLIDER);
  }

  /**
   * Shows a result; {@code originalPixel} is how many output pixels one pixel of the first image
   * covers (the scale in Enlarge mode, 1 otherwise).
   */
  void show(Comparison c) {
    panes.get(0).setImage(c.original(), c.originalPixel(), c.originalCaption());
    panes.get(1).setImage(c.bicubic(), 1, c.bicubicCaption());
    panes.get(2).setImage(c.network(), 1, c.networkCaption());
    slider.setImages(c.bicubic(), c.bicubicCaption(), c.network(), c.networkCaption());
    if (fitted == null
        || fitted.getWidth() != c.network().getWidth()
        || fitted.getHeight() != c.network().getHeight()) {
      int w = Math.max(200, getWidth() / 3);
      int h = Math.max(200, getHeight());
      transform.fit(c.network().getWidth(), c.network().getHeight(), w, h);
      sliderTransform.fit(
          c.network().getWidth(),
          c.network().getHeight(),
          Math.max(200, getWidth()),
          Math.max(200, getHeight()));
    }
    fitted = c.network();
  }

  void setSlider(boolean on) {
    cards.show(this, on ? SLIDER : SIDE);
  }

  void setMagnifier(boolean on) {
    transform.setLens(on);
    sliderTransform.setLens(on);
  }

  /** What the empty panes say while the first picture is read and restored. */
  void showProgress(String text) {
    panes.forEach(p -> p.setPlaceholder(text));
    slider.setPlaceholder(text);
  }

  SliderPane slider() {
    return slider;
  }

  /** The three side-by-side panes, in order: original, bicubic, FSRCNN. */
  List<ImagePane> panes() {
    return panes;
  }
}
