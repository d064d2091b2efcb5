package dev.learninglab.labs.superres.model;

import static dev.learninglab.labs.superres.model.SuperresTexts.T;

import java.util.ArrayList;
import java.util.List;

/**
 * Test images prepared by the benchmark protocol for one scale: each picture mod-cropped to the
 * scale, its Y channel (8-bit, MATLAB's BT.601) as ground truth — or, for a one-channel picture,
 * its gray values, as MATLAB's {@code if size(im,3) > 1, im = rgb2ycbcr(im)} leaves them — and the
 * low-resolution input made from that Y by {@link Bicubic} down-scaling, kept unrounded as in the
 * SRCNN and FSRCNN evaluation code.
 */
public record BenchmarkSet(int scale, List<String> names, List<Plane> truth, List<Plane> inputs) {

  /** The protocol in one sentence, for the UI and the JSON. */
  public static String protocol(int scale) {
    return T.get("superres.protocol", scale);
  }

  public static BenchmarkSet of(List<NamedImage> images, int scale) {
    List<String> names = new ArrayList<>();
    List<Plane> truth = new ArrayList<>();
    List<Plane> inputs = new ArrayList<>();
    for (NamedImage image : images) {
      RgbImage cropped = image.image().modCrop(scale);
      Plane y = cropped.singleChannel() ? cropped.grayPlane() : YCbCr.luma(cropped);
      names.add(image.name());
      truth.add(y);
      inputs.add(Bicubic.downscale(y, scale));
    }
    return new BenchmarkSet(scale, names, truth, inputs);
  }

  /** Mean PSNR of the network's outputs: the validation score while training. */
  public double meanPsnr(LumaNetwork network) {
    TiledUpscaler upscaler = new TiledUpscaler(network, TiledUpscaler.DEFAULT_TILE);
    double sum = 0;
    for (int i = 0; i < truth.size(); i++) {
      sum += Metrics.psnr(truth.get(i), upscaler.upscale(inputs.get(i)).quantized(), scale);
    }
    return sum / truth.size();
  }

  /** Mean PSNR of bicubic up-scaling: the line a network has to beat. */
  public double meanBicubicPsnr() {
    double sum = 0;
    for (int i = 0; i < truth.size(); i++) {
      sum += Metrics.psnr(truth.get(i), Bicubic.upscale(inputs.get(i), scale).quantized(), scale);
    }
    return sum / truth.size();
  }
}
