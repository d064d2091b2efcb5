package dev.learninglab.archfixture.sound.labs.tidy.io;

import java.awt.image.BufferedImage;

/** io may draw images for files. */
public final class TallyFile {
  final BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
}
