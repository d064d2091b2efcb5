package dev.learninglab.labs.superres.model;

/**
 * Runs a {@link LumaNetwork} over a luma plane in overlapping tiles so that memory stays bounded
 * for large photos. Each tile is read with a margin of the network's receptive radius and only its
 * centre is kept, so the result equals whole-image inference (zero padding at the real borders is
 * the same either way).
 */
public final class TiledUpscaler {

  /** Low-resolution tile side used by the app: 256² inputs keep activations around 60 MB. */
  public static final int DEFAULT_TILE = 256;

  private final LumaNetwork network;
  private final int tile;

  public TiledUpscaler(LumaNetwork network, int tile) {
    if (tile < 1) {
      throw new IllegalArgumentException("tile side must be positive, got " + tile);
    }
    this.network = network;
    this.tile = tile;
  }

  /** The luma plane (0–255) up-scaled by the network, values clipped to 0–255 but not rounded. */
  public Plane upscale(Plane lr) {
    int s = network.scale();
    int margin = network.receptiveRadius();
    Plane out = Plane.zeros(lr.width() * s, lr.height() * s);
    for (int y0 = 0; y0 < lr.height(); y0 += tile) {
      for (int x0 = 0; x0 < lr.width(); x0 += tile) {
        int w = Math.min(tile, lr.width() - x0);
        int h = Math.min(tile, lr.height() - y0);
        int left = Math.max(0, x0 - margin);
        int top = Math.max(0, y0 - margin);
        int right = Math.min(lr.width(), x0 + w + margin);
        int bottom = Math.min(lr.height(), y0 + h + margin);
        Plane input = lr.crop(left, top, right - left, bottom - top);
        Plane result = run(input);
        out.paste(result.crop((x0 - left) * s, (y0 - top) * s, w * s, h * s), x0 * s, y0 * s);
      }
    }
    return out;
  }

  private Plane run(Plane input) {
    float[] x = new float[input.values().length];
    for (int i = 0; i < x.length; i++) {
      x[i] = input.values()[i] / 255f;
    }
    float[] y = network.forward(x, input.width(), input.height());
    for (int i = 0; i < y.length; i++) {
      y[i] = Math.min(255f, Math.max(0f, y[i] * 255f));
    }
    return new Plane(input.width() * network.scale(), input.height() * network.scale(), y);
  }
}
