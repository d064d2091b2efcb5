package dev.learninglab.labs.smell.model;

import dev.learninglab.labs.smell.model.gnn.SavedModel;
import dev.learninglab.labs.smell.model.graph.MolecularGraph;
import dev.learninglab.labs.smell.model.graph.OgbFeaturizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Predicts with the shipped models (fruity, and the 138 GS-LF odours) or a model saved by {@code
 * smell train --out}, which takes the place of the shipped one with the same kind of labels.
 */
public final class OdourPredictor implements AutoCloseable {
  /** One odour and its probability. */
  public record Odour(String name, double p) {}

  /** What the models say about one molecule; {@code fruity} is null without a fruity model. */
  public record Prediction(String smiles, Double fruity, List<Odour> odours) {}

  private final OgbFeaturizer featurizer = new OgbFeaturizer();
  private final SavedModel fruity;
  private final SavedModel odours;
  private boolean closed;

  private OdourPredictor(SavedModel fruity, SavedModel odours) {
    this.fruity = fruity;
    this.odours = odours;
  }

  /** The shipped models, with {@code custom} (may be null) in place of the matching one. */
  public static OdourPredictor open(Path custom) throws IOException {
    SavedModel fruity = SavedModel.shipped("fruity").orElse(null);
    SavedModel odours = SavedModel.shipped("gslf").orElse(null);
    if (custom != null) {
      SavedModel mine = SavedModel.load(custom);
      if (mine.taskNames().get(0).equals("fruity")) {
        close(fruity);
        fruity = mine;
      } else {
        close(odours);
        odours = mine;
      }
    }
    if (fruity == null && odours == null) {
      throw new IOException("No trained smell model: train one with `smell train --out DIR`");
    }
    return new OdourPredictor(fruity, odours);
  }

  public boolean hasFruity() {
    return fruity != null;
  }

  public boolean hasOdours() {
    return odours != null;
  }

  /** Featurises and predicts; invalid SMILES throw with the reason. */
  public synchronized Prediction predict(String smiles, int top) {
    checkOpen();
    MolecularGraph graph = featurizer.featurize(smiles);
    Double fruityP = null;
    if (fruity != null) {
      fruityP = probabilities(fruity, graph)[0];
    }
    List<Odour> list = new ArrayList<>();
    if (odours != null) {
      double[] p = probabilities(odours, graph);
      for (int t = 0; t < p.length; t++) {
        list.add(new Odour(odours.taskNames().get(t), p[t]));
      }
      list.sort(Comparator.comparingDouble(Odour::p).reversed());
    }
    return new Prediction(
        smiles, fruityP, List.copyOf(list.subList(0, Math.min(top, list.size()))));
  }

  /**
   * Each atom's share of the fruity logit: exact for these networks because the readout is linear
   * in the atom states (mean, or mean and sum) and the head is linear.
   */
  public synchronized Optional<double[]> fruityContributions(MolecularGraph graph) {
    checkOpen();
    if (fruity == null) {
      return Optional.empty();
    }
    double[][] shares = fruity.ensemble().atomContributions(graph);
    double[] out = new double[shares.length];
    for (int a = 0; a < out.length; a++) {
      out[a] = shares[a][0];
    }
    return Optional.of(out);
  }

  private static double[] probabilities(SavedModel model, MolecularGraph graph) {
    return model.ensemble().probabilities(List.of(graph))[0];
  }

  private static void close(SavedModel model) {
    if (model != null) {
      model.close();
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the smell models were closed; open them again");
    }
  }

  /** Frees both networks' native memory; later calls throw, a second close does nothing. */
  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      close(fruity);
      close(odours);
    }
  }
}
