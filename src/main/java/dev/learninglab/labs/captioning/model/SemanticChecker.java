package dev.learninglab.labs.captioning.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a caption is true of a scene: every object it names exists (distinct phrases name
 * distinct objects), "the X" names exactly one object, relations ("to the left of"), locations ("on
 * the left") and counts ("two shapes") hold. A caption outside the grammar of {@link
 * CaptionGrammar} (a dangling "a red", a repeated word, no object at all) is not true: this is how
 * a model's broken sentences are caught, not only its wrong colours.
 *
 * <pre>{@code
 * SemanticChecker.isTrue("a red circle to the left of a blue square", scene)
 * }</pre>
 */
public final class SemanticChecker {

  private SemanticChecker() {}

  /** Whether the caption parses and every claim in it holds in the scene. */
  public static boolean isTrue(String caption, Scene scene) {
    return isTrue(Tokenizer.tokens(caption), scene);
  }

  /** The same on tokens. */
  public static boolean isTrue(List<String> tokens, Scene scene) {
    return new Parser(tokens).parse().map(c -> c.holdsIn(scene)).orElse(false);
  }

  /** What a caption asserts: noun phrases plus constraints between them. */
  record Claims(List<Phrase> phrases, List<int[]> leftOf, List<int[]> located, Integer count) {

    boolean holdsIn(Scene scene) {
      if (count != null && count != scene.objects().size()) {
        return false;
      }
      for (Phrase p : phrases) {
        if (p.definite && scene.objects().stream().filter(p::restrictorMatches).count() != 1) {
          return false;
        }
      }
      return assign(scene, new SceneObject[phrases.size()], 0);
    }

    /** Tries every injective mapping of phrases to objects (at most 3! of them). */
    private boolean assign(Scene scene, SceneObject[] chosen, int next) {
      if (next == chosen.length) {
        return leftOf.stream().allMatch(r -> chosen[r[0]].column() < chosen[r[1]].column())
            && located.stream().allMatch(l -> chosen[l[0]].column() == l[1]);
      }
      for (SceneObject o : scene.objects()) {
        if (phrases.get(next).matches(o) && !contains(chosen, next, o)) {
          chosen[next] = o;
          if (assign(scene, chosen, next + 1)) {
            return true;
          }
        }
      }
      return false;
    }

    private static boolean contains(SceneObject[] chosen, int upTo, SceneObject o) {
      for (int i = 0; i < upTo; i++) {
        if (chosen[i] == o) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * "a big red circle" (a null kind matches any shape); "is blue" after it adds a predicate, which
   * "the" does not use when it checks that exactly one object fits the phrase.
   */
  static final class Phrase {
    final boolean definite;
    final List<ShapeSize> sizes = new ArrayList<>();
    final List<ShapeColour> colours = new ArrayList<>();
    ShapeKind kind;
    ShapeSize predicatedSize;
    ShapeColour predicatedColour;

    Phrase(boolean definite) {
      this.definite = definite;
    }

    boolean restrictorMatches(SceneObject o) {
      return (kind == null || kind == o.kind())
          && sizes.stream().allMatch(s -> s == o.size())
          && colours.stream().allMatch(c -> c == o.colour());
    }

    boolean matches(SceneObject o) {
      return restrictorMatches(o)
          && (predicatedSize == null || predicatedSize == o.size())
          && (predicatedColour == null || predicatedColour == o.colour());
    }
  }

  /** Recursive descent over the caption grammar; empty when the tokens are not a sentence. */
  private static final class Parser {
    private final List<String> tokens;
    private int pos;
    private final List<Phrase> phrases = new ArrayList<>();
    private final List<int[]> leftOf = new ArrayList<>();
    private final List<int[]> located = new ArrayList<>();
    private Integer count;

    Parser(List<String> tokens) {
      this.tokens = tokens;
    }

    Optional<Claims> parse() {
      if (accept("there")) {
        if (!accept("is") && !accept("are")) {
          return Optional.empty();
        }
      } else if (peek("an") && peek(1, "image")) {
        pos += 2;
        if (!accept("with")) {
          return Optional.empty();
        }
      }
      int number = numberWord(peekToken(0));
      if (number > 0 && isNoun(peekToken(1)) && pos + 2 < tokens.size()) {
        count = number;
        pos += 2;
      }
      if (!item()) {
        return Optional.empty();
      }
      while (pos < tokens.size()) {
        accept("and");
        if (!item()) {
          return Optional.empty();
        }
      }
      return Optional.of(new Claims(phrases, leftOf, located, count));
    }

    private boolean item() {
      int subject = phrase();
      if (subject < 0) {
        return false;
      }
      if (accept("to")) {
        if (!accept("the")) {
          return false;
        }
        boolean left = accept("left");
        if (!left && !accept("right")) {
          return false;
        }
        if (!accept("of")) {
          return false;
        }
        int object = phrase();
        if (object < 0) {
          return false;
        }
        leftOf.add(left ? new int[] {subject, object} : new int[] {object, subject});
        return true;
      }
      if (accept("is")) {
        return attribute(phrases.get(subject));
      }
      if (accept("on")) {
        if (!accept("the")) {
          return false;
        }
        if (accept("left")) {
          located.add(new int[] {subject, 0});
          return true;
        }
        if (accept("right")) {
          located.add(new int[] {subject, 2});
          return true;
        }
        return false;
      }
      if (accept("in")) {
        if (accept("the") && accept("middle")) {
          located.add(new int[] {subject, 1});
          return true;
        }
        return false;
      }
      return true;
    }

    /** A colour or a size after "is". */
    private boolean attribute(Phrase p) {
      ShapeColour colour = colour(peekToken(0));
      ShapeSize size = size(peekToken(0));
      if (colour != null) {
        p.predicatedColour = colour;
      } else if (size != null) {
        p.predicatedSize = size;
      } else {
        return false;
      }
      pos++;
      return true;
    }

    /** Index of the phrase parsed, or -1. */
    private int phrase() {
      String det = peekToken(0);
      if (!("a".equals(det) || "an".equals(det) || "the".equals(det) || "one".equals(det))) {
        return -1;
      }
      pos++;
      Phrase p = new Phrase("the".equals(det));
      ShapeSize size = size(peekToken(0));
      if (size != null) {
        p.sizes.add(size);
        pos++;
      }
      ShapeColour colour = colour(peekToken(0));
      if (colour != null) {
        p.colours.add(colour);
        pos++;
      }
      String noun = peekToken(0);
      if (noun == null || !(kind(noun) != null || "shape".equals(noun) || "object".equals(noun))) {
        return -1;
      }
      p.kind = kind(noun);
      pos++;
      phrases.add(p);
      return phrases.size() - 1;
    }

    private boolean accept(String word) {
      if (peek(word)) {
        pos++;
        return true;
      }
      return false;
    }

    private boolean peek(String word) {
      return peek(0, word);
    }

    private boolean peek(int ahead, String word) {
      return word.equals(peekToken(ahead));
    }

    private String peekToken(int ahead) {
      int i = pos + ahead;
      return i < tokens.size() ? tokens.get(i) : null;
    }
  }

  private static boolean isNoun(String w) {
    return w != null
        && (kind(w) != null
            || w.equals("shape")
            || w.equals("shapes")
            || w.equals("object")
            || w.equals("objects"));
  }

  private static ShapeKind kind(String w) {
    for (ShapeKind k : ShapeKind.values()) {
      if (k.word().equals(w)) {
        return k;
      }
    }
    return null;
  }

  private static ShapeColour colour(String w) {
    for (ShapeColour c : ShapeColour.values()) {
      if (c.word().equals(w)) {
        return c;
      }
    }
    return null;
  }

  private static ShapeSize size(String w) {
    for (ShapeSize s : ShapeSize.values()) {
      if (s.word().equals(w)) {
        return s;
      }
    }
    return null;
  }

  private static int numberWord(String w) {
    if (w == null) {
      return 0;
    }
    return switch (w) {
      case "one" -> 1;
      case "two" -> 2;
      case "three" -> 3;
      default -> 0;
    };
  }
}
