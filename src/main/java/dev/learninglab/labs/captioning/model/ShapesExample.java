package dev.learninglab.labs.captioning.model;

import java.util.List;

/** One generated image: its name, its truth and its five reference captions. */
public record ShapesExample(String name, Scene scene, List<String> captions)
    implements CaptionedImage {

  public ShapesExample {
    captions = List.copyOf(captions);
  }

  @Override
  public float[] pixels() {
    return SceneRenderer.render(scene);
  }
}
