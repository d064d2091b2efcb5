package dev.learninglab.labs.audio.io;

import java.awt.Color;

/**
 * Perceptually ordered colour scales for heat maps: magma (librosa's default for spectrograms) and
 * viridis (used for chroma). Colours between nine anchors are interpolated linearly in RGB.
 */
public enum Colormap {
  MAGMA(
      new int[] {
        0x000004, 0x1c1044, 0x4f127b, 0x812581, 0xb5367a, 0xe55064, 0xfb8761, 0xfec287, 0xfcfdbf
      }),
  VIRIDIS(
      new int[] {
        0x440154, 0x472c7a, 0x3b518b, 0x2c718e, 0x21908d, 0x27ad81, 0x5cc863, 0xaadc32, 0xfde725
      });

  private final int[] anchors;

  Colormap(int[] anchors) {
    this.anchors = anchors;
  }

  /** Colour of {@code t} in [0, 1] (clamped). */
  int rgb(double t) {
    double x = Math.max(0, Math.min(1, Double.isNaN(t) ? 0 : t)) * (anchors.length - 1);
    int i = Math.min(anchors.length - 2, (int) x);
    double f = x - i;
    int a = anchors[i];
    int b = anchors[i + 1];
    int r = (int) Math.round(((a >> 16) & 255) * (1 - f) + ((b >> 16) & 255) * f);
    int g = (int) Math.round(((a >> 8) & 255) * (1 - f) + ((b >> 8) & 255) * f);
    int bl = (int) Math.round((a & 255) * (1 - f) + (b & 255) * f);
    return (r << 16) | (g << 8) | bl;
  }

  Color color(double t) {
    return new Color(rgb(t));
  }
}
