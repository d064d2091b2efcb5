package dev.learninglab.labs.superres.view;

import dev.learninglab.labs.superres.model.LumaNetwork;
import dev.learninglab.labs.superres.model.ModelLibrary;
import dev.learninglab.labs.superres.model.ShippedModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The networks the view uses, opened on first need (on a worker thread, since that loads DJL) and
 * kept: per scale, model and engine, the shipped weights, or for a scale the learner has trained,
 * the trained ones (which then replace both shipped models).
 */
final class NetworkCache implements AutoCloseable {

  private final Map<String, LumaNetwork> open = new HashMap<>();
  private final Map<Integer, Path> trained = new HashMap<>();

  /**
   * The network {@code shipped} (or the trained one) for {@code scale}, run by ONNX Runtime when
   * {@code onnx}.
   */
  synchronized LumaNetwork get(int scale, ShippedModel shipped, boolean onnx) throws IOException {
    String key = key(scale, trained.containsKey(scale) ? null : shipped, onnx);
    LumaNetwork n = open.get(key);
    if (n == null) {
      n =
          onnx
              ? ModelLibrary.openOnnx(shipped, trained.get(scale), scale)
              : ModelLibrary.open(shipped, trained.get(scale), scale);
      open.put(key, n);
    }
    return n;
  }

  /** From now on, {@code scale} uses the weights in {@code params}. */
  synchronized void useTrained(int scale, Path params) {
    trained.put(scale, params);
    var entries = open.entrySet().iterator();
    while (entries.hasNext()) {
      var entry = entries.next();
      if (entry.getKey().startsWith(scale + " ")) {
        entry.getValue().close();
        entries.remove();
      }
    }
  }

  private static String key(int scale, ShippedModel shipped, boolean onnx) {
    return scale + " " + (shipped == null ? "trained" : shipped.id()) + (onnx ? " onnx" : " pt");
  }

  /** The shipped model's name or the trained file in use for {@code scale}. */
  synchronized String source(int scale, ShippedModel shipped) {
    Path p = trained.get(scale);
    return p == null ? "shipped " + shipped.label() : "trained " + p.getFileName();
  }

  @Override
  public synchronized void close() {
    open.values().forEach(LumaNetwork::close);
    open.clear();
  }
}
