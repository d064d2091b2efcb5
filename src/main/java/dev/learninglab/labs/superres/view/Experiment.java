package dev.learninglab.labs.superres.view;

import static dev.learninglab.labs.superres.model.SuperresTexts.T;

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
    String engine = net.engine();
    return new Comparison(
        ImageFiles.toBuffered(r.original()),
        1,
        () -> T.get("superres.caption.original", r.original().width(), r.original().height()),
        ImageFiles.toBuffered(r.enlarged().bicubic()),
        () -> T.get("superres.caption.bicubicPsnr", r.bicubicPsnr()),
        ImageFiles.toBuffered(r.enlarged().network()),
        () -> T.get("superres.caption.networkPsnr", r.networkPsnr()),
        () ->
            T.get(
                "superres.result.restore",
                s,
                r.bicubicPsnr(),
                r.bicubicSsim(),
                r.networkPsnr(),
                r.networkSsim(),
                r.enlarged().networkMillis(),
                engine,
                source,
                BenchmarkSet.protocol(s)),
        ImageFiles.toBuffered(ErrorMap.of(r.original(), r.enlarged().bicubic())),
        ImageFiles.toBuffered(ErrorMap.of(r.original(), r.enlarged().network())));
  }

  static Comparison enlarge(RgbImage image, LumaNetwork net, String source) {
    int s = net.scale();
    long pixels = (long) image.width() * image.height() * s * s;
    if (pixels > MAX_OUTPUT_PIXELS) {
      throw new IllegalArgumentException(
          T.get(
              "superres.tooLarge",
              image.width(),
              image.height(),
              s,
              pixels / 1e6,
              MAX_OUTPUT_PIXELS / 1_000_000));
    }
    SuperResolver.Enlarged e = SuperResolver.enlarge(image, net, TiledUpscaler.DEFAULT_TILE);
    String engine = net.engine();
    return new Comparison(
        ImageFiles.toBuffered(image),
        s,
        () -> T.get("superres.caption.input", s),
        ImageFiles.toBuffered(e.bicubic()),
        () -> T.get("superres.caption.bicubic"),
        ImageFiles.toBuffered(e.network()),
        () -> "FSRCNN",
        () ->
            T.get(
                "superres.result.enlarge",
                s,
                image.width(),
                image.height(),
                e.networkMillis(),
                engine,
                source),
        null,
        null);
  }
}
