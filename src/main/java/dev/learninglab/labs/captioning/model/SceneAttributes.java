package dev.learninglab.labs.captioning.model;

/**
 * The classification task that stands in for ImageNet when v2's encoder is pre-trained: 45 yes/no
 * facts about a scene — which (shape, colour) pairs are present, and for each column whether it
 * holds an object, which shape, which colour, and whether it is big.
 */
final class SceneAttributes {

  static final int PER_COLUMN = 1 + 3 + 5 + 1;
  static final int COUNT = 15 + 3 * PER_COLUMN;

  private SceneAttributes() {}

  static float[] of(Scene scene) {
    float[] y = new float[COUNT];
    for (SceneObject o : scene.objects()) {
      y[o.kind().ordinal() * 5 + o.colour().ordinal()] = 1;
      int base = 15 + o.column() * PER_COLUMN;
      y[base] = 1;
      y[base + 1 + o.kind().ordinal()] = 1;
      y[base + 4 + o.colour().ordinal()] = 1;
      y[base + 9] = o.size() == ShapeSize.BIG ? 1 : 0;
    }
    return y;
  }
}
