package dev.learninglab.labs.smell.model.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.StringJoiner;

/** The text and digest that rdkit_features.py writes for a graph (same format on both sides). */
final class FeatureHashes {
  private FeatureHashes() {}

  static String nodeText(MolecularGraph g) {
    StringJoiner rows = new StringJoiner(";");
    for (int[] f : g.nodeFeatures()) {
      rows.add(join(f));
    }
    return rows.toString();
  }

  static String edgeText(MolecularGraph g) {
    StringJoiner rows = new StringJoiner(";");
    for (int e = 0; e < g.edgeCount(); e++) {
      rows.add(g.src()[e] + "," + g.dst()[e] + "," + join(g.edgeFeatures()[e]));
    }
    return rows.toString();
  }

  static String digest(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(hash).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String join(int[] values) {
    StringJoiner joiner = new StringJoiner(",");
    for (int v : values) {
      joiner.add(Integer.toString(v));
    }
    return joiner.toString();
  }
}
