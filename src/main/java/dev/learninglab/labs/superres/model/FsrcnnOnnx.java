package dev.learninglab.labs.superres.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import dev.learninglab.core.compute.layers.PerChannelPrelu;
import dev.learninglab.core.compute.layers.SubPixelDeconvolution;
import dev.learninglab.core.compute.onnx.OnnxGraph;
import dev.learninglab.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes an FSRCNN as an ONNX graph: Conv and PRelu nodes for the body, then the deconvolution as
 * the Conv with scale² outputs that {@link SubPixelDeconvolution} derives, followed by DepthToSpace
 * (mode CRD, PyTorch's pixel shuffle). Input "lr" (N, 1, H, W) on the 0–1 scale, output "sr" (N, 1,
 * H·s, W·s); H and W are free.
 */
public final class FsrcnnOnnx {

  private FsrcnnOnnx() {}

  public static void export(FsrcnnModel model, Path file) throws IOException {
    byte[] bytes = toBytes(model);
    AtomicFiles.write(file, out -> out.write(bytes));
  }

  static byte[] toBytes(FsrcnnModel model) {
    OnnxGraph g = new OnnxGraph("fsrcnn_x" + model.scale());
    g.input("lr", "N", 1L, "H", "W");
    String x = "lr";
    int layer = 0;
    try (NDManager scope = model.djlModel().getNDManager().newSubManager()) {
      for (Block block : model.djlModel().getBlock().getChildren().values()) {
        layer++;
        if (block instanceof Conv2d conv) {
          x = conv(g, layer, x, array(conv, "weight"), array(conv, "bias"));
        } else if (block instanceof PerChannelPrelu prelu) {
          NDArray a = prelu.alpha().getArray();
          String slope =
              g.constant(
                  "prelu" + layer + ".slope",
                  new long[] {prelu.channels(), 1, 1},
                  a.toFloatArray());
          x = g.node("PRelu", Map.of(), x, slope);
        } else if (block instanceof SubPixelDeconvolution deconv) {
          NDArray w = deconv.convolutionWeight(scope, deconv.weight().getArray());
          NDArray b = deconv.convolutionBias(scope, deconv.bias().getArray());
          x = conv(g, layer, x, w, b);
          x = g.node("DepthToSpace", Map.of("blocksize", (long) deconv.stride(), "mode", "CRD"), x);
        } else {
          throw new IllegalArgumentException(
              "no ONNX mapping for " + block.getClass().getSimpleName());
        }
      }
    }
    g.alias(x, "sr");
    g.output("sr", "N", 1L, "SH", "SW");
    return g.toBytes("learning-lab");
  }

  private static NDArray array(Block block, String parameter) {
    return block.getParameters().get(parameter).getArray();
  }

  private static String conv(OnnxGraph g, int layer, String x, NDArray w, NDArray b) {
    long[] shape = w.getShape().getShape();
    long pad = shape[2] / 2;
    String weight = g.constant("conv" + layer + ".weight", shape, w.toFloatArray());
    String bias = g.constant("conv" + layer + ".bias", new long[] {shape[0]}, b.toFloatArray());
    return g.node(
        "Conv",
        Map.of(
            "kernel_shape", new long[] {shape[2], shape[3]},
            "pads", new long[] {pad, pad, pad, pad},
            "strides", new long[] {1, 1}),
        x,
        weight,
        bias);
  }
}
