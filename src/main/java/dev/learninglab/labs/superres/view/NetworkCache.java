package dev.learninglab.labs.superres.view;

import dev.learninglab.labs.superres.model.LumaNetwork;
import dev.learninglab.labs.superres.model.ModelLibrary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The networks the view uses, opened on first need (on a worker thread, since that loads DJL) and
 * kept: per scale, model and engine, the shipped weights or a checkpoint the learner trained.
 */
final class NetworkCache implements AutoCloseable {

  private final Map<String, LumaNetwork> open = new HashMap<>();

  /** The network {@code choice} for {@code scale}, run by ONNX Runtime when {@code onnx}. */
  synchronized LumaNetwork get(int scale, ModelChoice choice, boolean onnx) throws IOException {
    String key = key(scale, choice, onnx);
    LumaNetwork n = open.get(key);
    if (n == null) {
      Path trained = choice.trained() == null ? null : choice.trained().folder();
      n =
          onnx
              ? ModelLibrary.openOnnx(choice.shipped(), trained, scale)
              : ModelLibrary.open(choice.shipped(), trained, scale);
      open.put(key, n);
    }
    return n;
  }

  /** Closes what was opened from {@code folder}: training has just replaced its weights. */
  synchronized void forget(Path folder) {
    String prefix = "trained " + folder + " ";
    var entries = open.entrySet().iterator();
    while (entries.hasNext()) {
      var entry = entries.next();
      if (entry.getKey().contains(prefix)) {
        entry.getValue().close();
        entries.remove();
      }
    }
  }

  private static String key(int scale, ModelChoice choice, boolean onnx) {
    String model =
        choice.trained() == null
            ? choice.shipped().id()
            : "trained " + choice.trained().folder() + " ";
    return scale + " " + model + (onnx ? " onnx" : " pt");
  }

  @Override
  public synchronized void close() {
    open.values().forEach(LumaNetwork::close);
    open.clear();
  }
}
