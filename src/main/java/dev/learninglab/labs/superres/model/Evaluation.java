package dev.learninglab.labs.superres.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

  /** Scores the images one after another. */
  public static Report run(BenchmarkSet set, LumaNetwork network) {
    return run(set, network, 1);
  }

  /**
   * Scores the images on {@code workers} threads, several images at once; the report is the same as
   * {@link #run(BenchmarkSet, LumaNetwork)}'s, in the set's order. The network must allow
   * concurrent forward passes (ONNX Runtime sessions do).
   */
  public static Report run(BenchmarkSet set, LumaNetwork network, int workers) {
    if (set.truth().isEmpty()) {
      throw new IllegalArgumentException("no images to evaluate");
    }
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be ≥ 1, got " + workers);
    }
    int s = set.scale();
    TiledUpscaler upscaler = new TiledUpscaler(network, TiledUpscaler.DEFAULT_TILE);
    List<ImageScore> scores = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, set.truth().size()));
    try {
      List<Future<ImageScore>> pending = new ArrayList<>();
      for (int i = 0; i < set.truth().size(); i++) {
        int image = i;
        pending.add(pool.submit(() -> score(set, image, upscaler)));
      }
      for (Future<ImageScore> f : pending) {
        scores.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("evaluation interrupted");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    MeanScore mean =
        new MeanScore(
            scores.stream().mapToDouble(ImageScore::bicubicPsnr).average().orElseThrow(),
            scores.stream().mapToDouble(ImageScore::fsrcnnPsnr).average().orElseThrow(),
            scores.stream().mapToDouble(ImageScore::bicubicSsim).average().orElseThrow(),
            scores.stream().mapToDouble(ImageScore::fsrcnnSsim).average().orElseThrow());
    return new Report(s, BenchmarkSet.protocol(s), scores, mean);
  }

  private static ImageScore score(BenchmarkSet set, int i, TiledUpscaler upscaler) {
    int s = set.scale();
    Plane truth = set.truth().get(i);
    Plane bicubic = Bicubic.upscale(set.inputs().get(i), s).quantized();
    Plane sr = upscaler.upscale(set.inputs().get(i)).quantized();
    return new ImageScore(
        set.names().get(i),
        Metrics.psnr(truth, bicubic, s),
        Metrics.psnr(truth, sr, s),
        Metrics.ssim(truth, bicubic, s),
        Metrics.ssim(truth, sr, s));
  }
}
