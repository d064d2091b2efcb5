package dev.learninglab.labs.captioning.model;

import dev.learninglab.core.compute.CheckpointFolder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds trained captioners ({@link CheckpointFolder}s): the three shipped with the lab (trained on
 * the default shapes data) or one written by {@code captioning train --out DIR} (the folder or its
 * checkpoint {@code DIR/vN/}).
 */
public final class ModelLibrary {

  private static final String RESOURCES = "/captioning/models/";

  private ModelLibrary() {}

  /** The shipped model of this kind. */
  public static Captioner bundled(ModelKind kind) throws IOException {
    return load(shipped(kind));
  }

  /** The card of the shipped model of this kind. */
  public static ModelCard bundledCard(ModelKind kind) throws IOException {
    return card(shipped(kind));
  }

  /** {@code v1}, {@code v2}, {@code v3} (shipped) or a folder written by {@code train}. */
  public static Captioner open(String spec) throws IOException {
    return load(checkpoint(spec));
  }

  /** The card of what {@link #open} would open: which model, and the data it was trained on. */
  public static ModelCard card(String spec) throws IOException {
    return card(checkpoint(spec));
  }

  /** The checkpoint {@code spec} names: v1, v2, v3 (shipped) or a folder written by train. */
  public static CheckpointFolder checkpoint(String spec) throws IOException {
    ModelKind shipped = shippedKind(spec);
    if (shipped != null) {
      return shipped(shipped);
    }
    Path cardFile = cardFile(spec);
    String name = cardFile.getFileName().toString();
    return CheckpointFolder.at(cardFile.getParent(), name.substring(0, name.length() - 5));
  }

  /** The lab's part of a checkpoint's card. */
  public static ModelCard card(CheckpointFolder checkpoint) throws IOException {
    return checkpoint
        .card(ModelCard.LAB)
        .model(ModelCard.class, checkpoint.where(checkpoint.cardName()));
  }

  private static CheckpointFolder shipped(ModelKind kind) {
    return CheckpointFolder.shipped(RESOURCES, kind.id());
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

  private static List<Path> cards(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return new java.util.ArrayList<>(
          files.filter(p -> p.getFileName().toString().matches("v[123]\\.json")).sorted().toList());
    }
  }

  private static Captioner load(CheckpointFolder checkpoint) throws IOException {
    ModelCard card = card(checkpoint);
    try (InputStream in = checkpoint.openWeights(0)) {
      return Captioner.load(
          card.kind(),
          new Vocabulary(card.vocabulary()),
          card.steps(),
          in,
          checkpoint.where(checkpoint.weightsName(0)));
    }
  }
}
