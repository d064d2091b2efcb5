package dev.learninglab.labs.superres.view;

import java.awt.image.BufferedImage;

/**
 * What the comparison panes show, with their captions, and the line of scores under them; the error
 * maps (|bicubic − original|, |network − original|) only when there is an original to compare with
 * (Degrade and restore), else null.
 */
record Comparison(
    BufferedImage original,
    double originalPixel,
    String originalCaption,
    BufferedImage bicubic,
    String bicubicCaption,
    BufferedImage network,
    String networkCaption,
    String summary,
    BufferedImage bicubicError,
    BufferedImage networkError) {

  boolean hasErrorMaps() {
    return bicubicError != null;
  }
}
