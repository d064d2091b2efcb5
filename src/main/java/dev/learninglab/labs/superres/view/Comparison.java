package dev.learninglab.labs.superres.view;

import java.awt.image.BufferedImage;
import java.util.function.Supplier;

/**
 * What the comparison panes show, with their captions, and the line of scores under them; the error
 * maps (|bicubic − original|, |network − original|) only when there is an original to compare with
 * (Degrade and restore), else null. The texts are looked up when shown, so they follow the
 * language.
 */
record Comparison(
    BufferedImage original,
    double originalPixel,
    Supplier<String> originalCaption,
    BufferedImage bicubic,
    Supplier<String> bicubicCaption,
    BufferedImage network,
    Supplier<String> networkCaption,
    Supplier<String> summary,
    BufferedImage bicubicError,
    BufferedImage networkError) {

  boolean hasErrorMaps() {
    return bicubicError != null;
  }
}
