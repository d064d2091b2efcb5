package dev.learninglab.labs.superres.view;

import static dev.learninglab.labs.superres.model.SuperresTexts.T;

import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.WrappingLabel;
import dev.learninglab.labs.superres.model.ErrorMap;
import java.awt.CardLayout;
import java.awt.GridLayout;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.JPanel;

/**
 * Original, bicubic and FSRCNN either side by side or as a slider (bicubic | FSRCNN), all sharing
 * one zoom, pan and magnifier. Pictures start pixel for pixel (a shrunk picture hides what the
 * network added); "fit" shows them whole. Side by side, the error maps of the two restorations can
 * join as a second row under them, on the same zoom and pan.
 */
final class ComparisonPanel extends JPanel {

  private static final String SIDE = "side";
  private static final String SLIDER = "slider";

  private final ViewTransform transform = new ViewTransform();
  private final List<ImagePane> panes =
      List.of(new ImagePane(transform), new ImagePane(transform), new ImagePane(transform));
  private final List<ImagePane> errorPanes =
      List.of(new ImagePane(transform), new ImagePane(transform));
  private final WrappingLabel errorNote =
      Localized.text(new WrappingLabel(""), () -> T.get("superres.errorMaps.note", ErrorMap.GAIN));
  private final JPanel side = new JPanel();
  // the slider fills the whole panel, so it fits the picture with a transform of its own
  private final ViewTransform sliderTransform = new ViewTransform();
  private final SliderPane slider = new SliderPane(sliderTransform);
  private final CardLayout cards = new CardLayout();
  private Comparison shown;
  private boolean fit;
  private boolean errors;
  private Supplier<String> progress = () -> "";

  ComparisonPanel() {
    setLayout(cards);
    arrangeSide(false);
    add(side, SIDE);
    add(slider, SLIDER);
    Localized.whenChanged(this, "captions", this::retitle);
  }

  /** After a language switch: the captions and the placeholder in the new language. */
  private void retitle() {
    showProgress(progress);
    if (shown != null) {
      show(shown);
    }
  }

  /** One row of pictures, or two with the error maps under the restorations. */
  private void arrangeSide(boolean withErrors) {
    side.removeAll();
    side.setLayout(new GridLayout(withErrors ? 2 : 1, 3, 4, 4));
    panes.forEach(side::add);
    if (withErrors) {
      side.add(errorNote);
      errorPanes.forEach(side::add);
    }
    side.revalidate();
    side.repaint();
  }

  /**
   * Shows a result; {@code originalPixel} is how many output pixels one pixel of the first image
   * covers (the scale in Enlarge mode, 1 otherwise).
   */
  void show(Comparison c) {
    boolean newSize =
        shown == null
            || shown.network().getWidth() != c.network().getWidth()
            || shown.network().getHeight() != c.network().getHeight();
    shown = c;
    panes.get(0).setImage(c.original(), c.originalPixel(), c.originalCaption().get());
    panes.get(1).setImage(c.bicubic(), 1, c.bicubicCaption().get());
    panes.get(2).setImage(c.network(), 1, c.networkCaption().get());
    showErrorMaps();
    slider.setImages(c.bicubic(), c.bicubicCaption().get(), c.network(), c.networkCaption().get());
    if (newSize) {
      place();
    }
  }

  /** Pixel for pixel (false, the default) or the whole picture in its pane (true). */
  void setFit(boolean on) {
    fit = on;
    if (shown != null) {
      place();
    }
  }

  /** Shows the error maps as a second row under the restorations, when there are some. */
  void setErrorMaps(boolean on) {
    errors = on;
    if (shown != null) {
      showErrorMaps();
      place();
    }
  }

  private void showErrorMaps() {
    boolean two = errors && shown.hasErrorMaps();
    if (two) {
      errorPanes
          .get(0)
          .setImage(shown.bicubicError(), 1, T.get("superres.caption.bicubicError", ErrorMap.GAIN));
      errorPanes
          .get(1)
          .setImage(shown.networkError(), 1, T.get("superres.caption.networkError", ErrorMap.GAIN));
    }
    if (two != (side.getComponentCount() > panes.size())) {
      arrangeSide(two);
    }
  }

  private void place() {
    int w = shown.network().getWidth();
    int h = shown.network().getHeight();
    ImagePane pane = panes.get(0); // before the first layout: a third of the panel
    int paneW = Math.max(200, pane.getWidth() > 0 ? pane.getWidth() : getWidth() / 3);
    int rows = side.getComponentCount() > panes.size() ? 2 : 1;
    int paneH = Math.max(120, getHeight() / rows);
    int sliderW = Math.max(200, getWidth());
    if (fit) {
      transform.fit(w, h, paneW, paneH);
      sliderTransform.fit(w, h, sliderW, paneH);
    } else {
      transform.actualSize(w, h, paneW, paneH);
      sliderTransform.actualSize(w, h, sliderW, paneH);
    }
  }

  void setSlider(boolean on) {
    cards.show(this, on ? SLIDER : SIDE);
  }

  void setMagnifier(boolean on) {
    transform.setLens(on);
    sliderTransform.setLens(on);
  }

  /** What the empty panes say while the first picture is read and restored. */
  void showProgress(Supplier<String> text) {
    progress = text;
    panes.forEach(p -> p.setPlaceholder(text.get()));
    slider.setPlaceholder(text.get());
  }

  SliderPane slider() {
    return slider;
  }

  ViewTransform transform() {
    return transform;
  }

  /** The three side-by-side panes, in order: original, bicubic, FSRCNN. */
  List<ImagePane> panes() {
    return panes;
  }

  /** The error maps' panes (bicubic's, FSRCNN's), shown under the restorations when asked. */
  List<ImagePane> errorPanes() {
    return errorPanes;
  }

  /** Whether the error maps' row is showing. */
  boolean showsErrorRow() {
    return side.getComponentCount() > panes.size();
  }
}
