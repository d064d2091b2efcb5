package dev.learninglab.labs.smell.model.map;

import dev.learninglab.labs.smell.model.data.OdourData;
import dev.learninglab.labs.smell.model.gnn.SavedModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The "principal odour map": each molecule's learned embedding (the readout vector the trained
 * network's head sees) projected to its first two principal components. Molecules that the network
 * finds alike land close together, whatever their atoms.
 *
 * @param xy molecules × 2 coordinates (PC1, PC2)
 * @param explained the share of the embeddings' variance each axis keeps
 * @param data the molecules and their odour labels
 */
public record OdourMap(double[][] xy, double[] explained, OdourData data) {

  /** Embeds every molecule of {@code data} with {@code model} and projects them. */
  public static OdourMap of(SavedModel model, OdourData data) {
    double[][] embeddings = model.ensemble().embeddings(data.graphs());
    Pca pca = Pca.fit(embeddings, 2);
    return new OdourMap(pca.transform(embeddings), pca.explainedVarianceRatio(), data);
  }

  /** The odour labels' names, in column order. */
  public List<String> odours() {
    return data.taskNames();
  }

  /** Whether molecule {@code i} carries {@code odour}. */
  public boolean has(int i, int odour) {
    return data.labels()[i][odour] > 0.5f;
  }

  /** The molecule's odours, for a tooltip. */
  public List<String> odoursOf(int i) {
    List<String> names = new ArrayList<>();
    for (int t = 0; t < data.tasks(); t++) {
      if (has(i, t)) {
        names.add(data.taskNames().get(t));
      }
    }
    return names;
  }

  public int size() {
    return xy.length;
  }
}
