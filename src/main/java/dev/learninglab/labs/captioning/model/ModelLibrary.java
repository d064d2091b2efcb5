package dev.learninglab.labs.captioning.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds trained captioners: the three shipped with the lab (trained on the default shapes data) or
 * one written by {@code captioning train --out DIR} (the folder or its checkpoint {@code DIR/vN/}).
 */
public final class ModelLibrary {

  private static final String RESOURCES = "/captioning/models/";

  private ModelLibrary() {}

  /** The shipped model of this kind. */
  public static Captioner bundled(ModelKind kind) throws IOException {
    ModelCard card;
    try (InputStream in = resource(ModelCard.cardName(kind))) {
      card = ModelCard.read(in, "bundled " + ModelCard.cardName(kind));
    }
    try (InputStream in = resource(ModelCard.paramsName(kind))) {
      return load(card, in, "bundled " + ModelCard.paramsName(kind));
    }
  }

  /** The card of the shipped model of this kind. */
  public static ModelCard bundledCard(ModelKind kind) throws IOException {
    try (InputStream in = resource(ModelCard.cardName(kind))) {
      return ModelCard.read(in, "bundled " + ModelCard.cardName(kind));
    }
  }

  /** {@code v1}, {@code v2}, {@code v3} (shipped) or a folder written by {@code train}. */
  public static Captioner open(String spec) throws IOException {
    ModelKind shipped = shippedKind(spec);
    if (shipped != null) {
      return bundled(shipped);
    }
    Path cardFile = cardFile(spec);
    ModelCard card = readCard(cardFile);
    Path params = cardFile.resolveSibling(ModelCard.paramsName(card.kind()));
    if (!Files.isRegularFile(params)) {
      throw new IOException(params + " is missing: the card has no parameters beside it");
    }
    try (InputStream in = Files.newInputStream(params)) {
      return load(card, in, params.toString());
    }
  }

  /** The card of what {@link #open} would open: which model, and the data it was trained on. */
  public static ModelCard card(String spec) throws IOException {
    ModelKind shipped = shippedKind(spec);
    return shipped != null ? bundledCard(shipped) : readCard(cardFile(spec));
  }

  private static ModelKind shippedKind(String spec) {
    for (ModelKind k : ModelKind.values()) {
      if (k.id().equalsIgnoreCase(spec)) {
        return k;
      }
    }
    return null;
  }

  /** The one card in the folder {@code spec} or in its checkpoint folder {@code vN/}. */
  private static Path cardFile(String spec) throws IOException {
    Path dir = Path.of(spec);
    if (!Files.isDirectory(dir)) {
      throw new IOException(
          "--model " + spec + ": expected v1, v2, v3 or a folder written by `captioning train`");
    }
    List<Path> cards = cards(dir);
    if (cards.isEmpty()) {
      // the --out folder of `train`, holding the checkpoint folder vN/
      try (Stream<Path> subs = Files.list(dir)) {
        for (Path sub : subs.filter(Files::isDirectory).sorted().toList()) {
          if (sub.getFileName().toString().matches("v[123]")) {
            cards.addAll(cards(sub));
          }
        }
      }
    }
    if (cards.size() != 1) {
      throw new IOException(
          "--model "
              + spec
              + ": expected exactly one of v1.json, v2.json, v3.json there (or in its v1/, v2/,"
              + " v3/), found "
              + cards.size());
    }
    return cards.get(0);
  }

  private static ModelCard readCard(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return ModelCard.read(in, file.toString());
    }
  }

  private static List<Path> cards(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return new java.util.ArrayList<>(
          files.filter(p -> p.getFileName().toString().matches("v[123]\\.json")).sorted().toList());
    }
  }

  private static Captioner load(ModelCard card, InputStream in, String where) throws IOException {
    return Captioner.load(card.kind(), new Vocabulary(card.vocabulary()), card.steps(), in, where);
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = ModelLibrary.class.getResourceAsStream(RESOURCES + name);
    if (in == null) {
      throw new IOException("no trained model " + name + " is bundled with this build");
    }
    return in;
  }
}
