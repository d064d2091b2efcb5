package dev.learninglab.labs.superres.model;

import java.util.ArrayList;
import java.util.List;

/** Scores bicubic and a network on a {@link BenchmarkSet}, image by image and on average. */
public final class Evaluation {

  /** One image's scores. */
  public record ImageScore(
      String name, double bicubicPsnr, double fsrcnnPsnr, double bicubicSsim, double fsrcnnSsim) {}

  /** Averages over the set, with the same keys. */
  public record MeanScore(
      double bicubicPsnr, double fsrcnnPsnr, double bicubicSsim, double fsrcnnSsim) {}

  /** The JSON of {@code superres eval}. */
  public record Report(int scale, String protocol, List<ImageScore> images, MeanScore mean) {}

  private Evaluation() {}

  public static Report run(BenchmarkSet set, LumaNetwork network) {
    if (set.truth().isEmpty()) {
      throw new IllegalArgumentException("no images to evaluate");
    }
    int s = set.scale();
    TiledUpscaler upscaler = new TiledUpscaler(network, TiledUpscaler.DEFAULT_TILE);
    List<ImageScore> scores = new ArrayList<>();
    for (int i = 0; i < set.truth().size(); i++) {
      Plane truth = set.truth().get(i);
      Plane bicubic = Bicubic.upscale(set.inputs().get(i), s).quantized();
      Plane sr = upscaler.upscale(set.inputs().get(i)).quantized();
      scores.add(
          new ImageScore(
              set.names().get(i),
              Metrics.psnr(truth, bicubic, s),
              Metrics.psnr(truth, sr, s),
              Metrics.ssim(truth, bicubic, s),
              Metrics.ssim(truth, sr, s)));
    }
    MeanScore mean =
        new MeanScore(
            scores.stream().mapToDouble(ImageScore::bicubicPsnr).average().orElseThrow(),
            scores.stream().mapToDouble(ImageScore::fsrcnnPsnr).average().orElseThrow(),
            scores.stream().mapToDouble(ImageScore::bicubicSsim).average().orElseThrow(),
            scores.stream().mapToDouble(ImageScore::fsrcnnSsim).average().orElseThrow());
    return new Report(s, BenchmarkSet.protocol(s), scores, mean);
  }
}
