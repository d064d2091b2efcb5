package dev.learninglab.labs.superres.view;

import java.awt.image.BufferedImage;

/** What the comparison panes show, with their captions, and the line of scores under them. */
record Comparison(
    BufferedImage original,
    double originalPixel,
    String originalCaption,
    BufferedImage bicubic,
    String bicubicCaption,
    BufferedImage network,
    String networkCaption,
    String summary) {}
