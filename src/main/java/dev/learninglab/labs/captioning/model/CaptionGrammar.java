package dev.learninglab.labs.captioning.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Writes five different true captions for a scene, in the spirit of ShapeWorld: lists ("there is a
 * red circle and a blue square"), counts ("two shapes ..."), spatial relations ("a big red circle
 * to the left of a small blue square"), locations ("... on the left") and definite predicates ("the
 * square is blue"). Every sentence is in the language {@link SemanticChecker} parses, and true of
 * the scene by construction.
 */
public final class CaptionGrammar {

  /** Captions per image, as in Flickr8k. */
  public static final int CAPTIONS = 5;

  private static final String[] COUNTS = {"one shape", "two shapes", "three shapes"};
  private static final String[] PLACES = {"on the left", "in the middle", "on the right"};

  private CaptionGrammar() {}

  /** Five distinct captions of {@code scene}; the same {@code random} state gives the same ones. */
  public static List<String> captions(Scene scene, SplittableRandom random) {
    List<Function<SplittableRandom, String>> templates = templates(scene);
    Set<String> out = new LinkedHashSet<>();
    int offset = random.nextInt(templates.size());
    // Cycle the templates from a random start; noun-phrase variants make repeats distinct.
    for (int attempt = 0; out.size() < CAPTIONS; attempt++) {
      out.add(templates.get((offset + attempt) % templates.size()).apply(random));
      if (attempt > 500) {
        throw new IllegalStateException("cannot write five captions for " + scene);
      }
    }
    return List.copyOf(out);
  }

  private static List<Function<SplittableRandom, String>> templates(Scene scene) {
    List<SceneObject> objects = scene.objects();
    List<Function<SplittableRandom, String>> t = new ArrayList<>();
    t.add(r -> "there is " + list(objects, r));
    t.add(r -> COUNTS[objects.size() - 1] + " " + list(objects, r));
    t.add(r -> "an image with " + list(objects, r));
    t.add(r -> list(objects, r));
    t.add(
        r -> {
          SceneObject o = objects.get(r.nextInt(objects.size()));
          return nounPhrase(o, r) + " " + PLACES[o.column()];
        });
    t.add(r -> definite(scene, objects.get(r.nextInt(objects.size())), r));
    if (objects.size() >= 2) {
      t.add(
          r -> {
            SceneObject[] pair = orderedPair(objects, r);
            return nounPhrase(pair[0], r) + " to the left of " + nounPhrase(pair[1], r);
          });
      t.add(
          r -> {
            SceneObject[] pair = orderedPair(objects, r);
            return nounPhrase(pair[1], r) + " to the right of " + nounPhrase(pair[0], r);
          });
    }
    return t;
  }

  /** The objects in a random order, joined with "and". */
  private static String list(List<SceneObject> objects, SplittableRandom r) {
    List<SceneObject> shuffled = new ArrayList<>(objects);
    shuffled.sort(Comparator.comparingInt(o -> r.nextInt(1000)));
    List<String> phrases = new ArrayList<>();
    for (SceneObject o : shuffled) {
      phrases.add(nounPhrase(o, r));
    }
    return String.join(" and ", phrases);
  }

  /** Two objects, the first left of the second. */
  private static SceneObject[] orderedPair(List<SceneObject> objects, SplittableRandom r) {
    int i = r.nextInt(objects.size());
    int j = r.nextInt(objects.size() - 1);
    if (j >= i) {
      j++;
    }
    SceneObject a = objects.get(Math.min(i, j));
    SceneObject b = objects.get(Math.max(i, j));
    return new SceneObject[] {a, b};
  }

  /** "a big red circle", "a red circle" or "a big circle": each is true of the object. */
  static String nounPhrase(SceneObject o, SplittableRandom r) {
    return switch (r.nextInt(4)) {
      case 0, 1 -> "a " + o.description();
      case 2 -> "a " + o.colour().word() + " " + o.kind().word();
      default -> "a " + o.size().word() + " " + o.kind().word();
    };
  }

  /** "the square is blue" when the shape is unique, else "the blue square is big". */
  private static String definite(Scene scene, SceneObject o, SplittableRandom r) {
    long sameKind = scene.objects().stream().filter(x -> x.kind() == o.kind()).count();
    if (sameKind == 1) {
      String attribute = r.nextBoolean() ? o.colour().word() : o.size().word();
      return "the " + o.kind().word() + " is " + attribute;
    }
    return "the " + o.colour().word() + " " + o.kind().word() + " is " + o.size().word();
  }
}
