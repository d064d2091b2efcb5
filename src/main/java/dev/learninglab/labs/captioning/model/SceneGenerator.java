package dev.learninglab.labs.captioning.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws random scenes: 1–3 objects, each with a random shape, colour and size, in its own column
 * with a jittered centre. No two objects share both shape and colour, so "the red circle" always
 * names one object. The same seed and index always give the same scene.
 */
public final class SceneGenerator {

  /** Side of the generated images in pixels: small enough to train on two CPU cores. */
  public static final int SIDE = 48;

  private SceneGenerator() {}

  /** Scene number {@code index} of the sequence seeded by {@code seed}. */
  public static Scene scene(long seed, int index) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
    int count = 1 + random.nextInt(3);
    List<Integer> columns = new ArrayList<>(List.of(0, 1, 2));
    List<SceneObject> objects = new ArrayList<>();
    while (objects.size() < count) {
      ShapeKind kind = pick(ShapeKind.values(), random);
      ShapeColour colour = pick(ShapeColour.values(), random);
      if (objects.stream().anyMatch(o -> o.kind() == kind && o.colour() == colour)) {
        continue;
      }
      ShapeSize size = pick(ShapeSize.values(), random);
      int column = columns.remove(random.nextInt(columns.size()));
      double cell = SIDE / 3.0;
      double x = column * cell + cell / 2 + random.nextDouble(-2, 2);
      double margin = size.radius() + 2;
      double y = random.nextDouble(margin, SIDE - margin);
      objects.add(new SceneObject(kind, colour, size, column, x, y));
    }
    objects.sort(java.util.Comparator.comparingInt(SceneObject::column));
    return new Scene(objects, random.nextLong());
  }

  private static <T> T pick(T[] values, SplittableRandom random) {
    return values[random.nextInt(values.length)];
  }
}
