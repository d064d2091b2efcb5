package dev.learninglab.labs.captioning.view;

import dev.learninglab.labs.captioning.model.Captioner;
import dev.learninglab.labs.captioning.model.ModelKind;
import dev.learninglab.labs.captioning.model.ModelLibrary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The captioners the view uses: the shipped ones, loaded on first use (off the event thread), or
 * one the learner trained in the Train tab, which replaces the shipped one of its kind. Captioners
 * are shared; callers synchronise on this object while decoding.
 */
final class Models {

  private final Map<ModelKind, Captioner> loaded = new EnumMap<>(ModelKind.class);

  /** The captioner of this kind; call from a background thread. */
  synchronized Captioner get(ModelKind kind) throws IOException {
    Captioner c = loaded.get(kind);
    if (c == null) {
      c = ModelLibrary.bundled(kind);
      loaded.put(kind, c);
    }
    return c;
  }

  /** Uses the model trained into {@code dir} from now on. */
  synchronized void useTrained(ModelKind kind, Path dir) throws IOException {
    Captioner trained = ModelLibrary.open(dir.toString());
    Captioner old = loaded.put(kind, trained);
    if (old != null) {
      old.close();
    }
  }
}
