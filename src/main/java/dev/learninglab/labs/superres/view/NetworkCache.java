package dev.learninglab.labs.superres.view;

import dev.learninglab.labs.superres.model.FsrcnnModel;
import dev.learninglab.labs.superres.model.LumaNetwork;
import dev.learninglab.labs.superres.model.ModelLibrary;
import dev.learninglab.labs.superres.model.OnnxNetwork;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The networks the view uses, opened on first need (on a worker thread, since that loads DJL) and
 * kept: per scale and engine, the shipped weights or the ones the learner just trained.
 */
final class NetworkCache implements AutoCloseable {

  private final Map<String, LumaNetwork> open = new HashMap<>();
  private final Map<Integer, Path> trained = new HashMap<>();

  /** The network for {@code scale}, run by ONNX Runtime when {@code onnx}. */
  synchronized LumaNetwork get(int scale, boolean onnx) throws IOException {
    String key = scale + (onnx ? "onnx" : "pt");
    LumaNetwork n = open.get(key);
    if (n == null) {
      FsrcnnModel model = ModelLibrary.open(trained.get(scale), scale);
      if (onnx) {
        try (model) {
          n = OnnxNetwork.of(model);
        }
      } else {
        n = model;
      }
      open.put(key, n);
    }
    return n;
  }

  /** From now on, {@code scale} uses the weights in {@code params}. */
  synchronized void useTrained(int scale, Path params) {
    trained.put(scale, params);
    for (String key : new String[] {scale + "onnx", scale + "pt"}) {
      LumaNetwork old = open.remove(key);
      if (old != null) {
        old.close();
      }
    }
  }

  /** "shipped" or the trained file in use for {@code scale}. */
  synchronized String source(int scale) {
    Path p = trained.get(scale);
    return p == null ? "shipped weights" : "trained " + p.getFileName();
  }

  @Override
  public synchronized void close() {
    open.values().forEach(LumaNetwork::close);
    open.clear();
  }
}
