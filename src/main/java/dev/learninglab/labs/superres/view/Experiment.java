package dev.learninglab.labs.superres.view;

import dev.learninglab.labs.superres.io.ImageFiles;
import dev.learninglab.labs.superres.model.BenchmarkSet;
import dev.learninglab.labs.superres.model.ErrorMap;
import dev.learninglab.labs.superres.model.LumaNetwork;
import dev.learninglab.labs.superres.model.RgbImage;
import dev.learninglab.labs.superres.model.SuperResolver;
import dev.learninglab.labs.superres.model.TiledUpscaler;

/** Runs one of the two modes on a picture and words the result for the panes. */
final class Experiment {

  /** Enlarging beyond this many output pixels would need gigabytes for the three panes. */
  static final long MAX_OUTPUT_PIXELS = 24_000_000L;

  private Experiment() {}

  static Comparison degradeAndRestore(RgbImage image, LumaNetwork net, String source) {
    SuperResolver.Restored r = SuperResolver.restore(image, net, TiledUpscaler.DEFAULT_TILE);
    int s = net.scale();
    String summary =
        "×%d · bicubic %.2f dB / SSIM %.4f · FSRCNN %.2f dB / SSIM %.4f · FSRCNN %.0f ms (%s, %s) · %s"
            .formatted(
                s,
                r.bicubicPsnr(),
                r.bicubicSsim(),
                r.networkPsnr(),
                r.networkSsim(),
                r.enlarged().networkMillis(),
                net.engine(),
                source,
                BenchmarkSet.protocol(s));
    return new Comparison(
        ImageFiles.toBuffered(r.original()),
        1,
        "Original " + r.original().width() + "×" + r.original().height(),
        ImageFiles.toBuffered(r.enlarged().bicubic()),
        "Bicubic %.2f dB".formatted(r.bicubicPsnr()),
        ImageFiles.toBuffered(r.enlarged().network()),
        "FSRCNN %.2f dB".formatted(r.networkPsnr()),
        summary,
        ImageFiles.toBuffered(ErrorMap.of(r.original(), r.enlarged().bicubic())),
        ImageFiles.toBuffered(ErrorMap.of(r.original(), r.enlarged().network())));
  }

  static Comparison enlarge(RgbImage image, LumaNetwork net, String source) {
    int s = net.scale();
    long pixels = (long) image.width() * image.height() * s * s;
    if (pixels > MAX_OUTPUT_PIXELS) {
      throw new IllegalArgumentException(
          "Enlarging %d×%d by %d gives %.0f megapixels; the lab stops at %d. Use Degrade and restore, or the CLI `superres upscale`."
              .formatted(
                  image.width(), image.height(), s, pixels / 1e6, MAX_OUTPUT_PIXELS / 1_000_000));
    }
    SuperResolver.Enlarged e = SuperResolver.enlarge(image, net, TiledUpscaler.DEFAULT_TILE);
    String summary =
        "×%d enlargement of %d×%d · FSRCNN %.0f ms (%s, %s) · no ground truth, so no PSNR"
            .formatted(s, image.width(), image.height(), e.networkMillis(), net.engine(), source);
    return new Comparison(
        ImageFiles.toBuffered(image),
        s,
        "Input (pixels ×" + s + ")",
        ImageFiles.toBuffered(e.bicubic()),
        "Bicubic",
        ImageFiles.toBuffered(e.network()),
        "FSRCNN",
        summary,
        null,
        null);
  }
}
