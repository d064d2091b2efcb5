package dev.learninglab.labs.captioning.model;

import java.util.List;

/** One generated image: its name, its truth and its five reference captions. */
public record ShapesExample(String name, Scene scene, List<String> captions) {

  public ShapesExample {
    captions = List.copyOf(captions);
  }

  /** The picture as channel-first floats in 0..1. */
  public float[] pixels() {
    return SceneRenderer.render(scene);
  }
}
