package dev.learninglab.labs.naivebayes.view;

import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.labs.naivebayes.model.GaussianNaiveBayes;
import java.util.ArrayList;
import java.util.List;

/**
 * What the lab shows right now: the two-feature data, the settings, the point being explained, and
 * the model fitted from them (refitted on every change: the data is small). Widgets change it
 * through its setters and redraw when it tells them. Used on the event thread only.
 */
final class LabState {
  private final List<Runnable> listeners = new ArrayList<>();
  private LabelledData data;
  private boolean tutorialData;
  private double varSmoothing = 1e-9;
  private boolean linearSpace;

  /** The tutorial's explained point; other data starts with the centre of its plot instead. */
  private static final double[] TUTORIAL_POINT = {-2, 5};

  private double[] selected = TUTORIAL_POINT.clone();
  private GaussianNaiveBayes model;
  private String problem;
  private double[] bounds = {-9, 10, -4, 10};
  private double zoom = 1;

  void onChange(Runnable listener) {
    listeners.add(listener);
  }

  /** Replaces the data; {@code tutorial} marks the tutorial's own 20 blobs. */
  void setData(LabelledData newData, boolean tutorial) {
    this.data = newData;
    this.tutorialData = tutorial;
    this.bounds = tutorial ? new double[] {-9, 10, -4, 10} : boundsOf(newData);
    // the old point may lie far outside the new data's plot: explain one inside it
    this.selected =
        tutorial
            ? TUTORIAL_POINT.clone()
            : new double[] {(bounds[0] + bounds[1]) / 2, (bounds[2] + bounds[3]) / 2};
    refit();
  }

  void addPoint(double[] point, int label) {
    if (data != null) {
      data = data.plus(point, label);
      tutorialData = false;
      refit();
    }
  }

  void setVarSmoothing(double value) {
    varSmoothing = value;
    refit();
  }

  void setLinearSpace(boolean value) {
    linearSpace = value;
    fire();
  }

  /** Widens the plotted range around its centre: far from the data is where linear space fails. */
  void setZoom(double factor) {
    zoom = factor;
    fire();
  }

  void select(double[] point) {
    selected = point.clone();
    fire();
  }

  /** The data's range plus a 15% margin on every side: fixed until the data is replaced. */
  private static double[] boundsOf(LabelledData d) {
    double[] b = new double[4];
    for (int j = 0; j < 2; j++) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < d.rows(); i++) {
        lo = Math.min(lo, d.x().get(i, j));
        hi = Math.max(hi, d.x().get(i, j));
      }
      double margin = Math.max(0.15 * (hi - lo), 0.5);
      b[2 * j] = lo - margin;
      b[2 * j + 1] = hi + margin;
    }
    return b;
  }

  private void refit() {
    try {
      model =
          new GaussianNaiveBayes()
              .varSmoothing(varSmoothing)
              .fit(data.requireTwoClasses("The data").x(), data.y());
      problem = null;
    } catch (IllegalArgumentException e) {
      model = null;
      problem = e.getMessage();
    }
    fire();
  }

  private void fire() {
    listeners.forEach(Runnable::run);
  }

  LabelledData data() {
    return data;
  }

  boolean tutorialData() {
    return tutorialData;
  }

  double varSmoothing() {
    return varSmoothing;
  }

  boolean linearSpace() {
    return linearSpace;
  }

  double[] selected() {
    return selected.clone();
  }

  /** xMin, xMax, yMin, yMax of the plot, zoom applied. */
  double[] bounds() {
    double[] b = new double[4];
    for (int j = 0; j < 4; j += 2) {
      double centre = (bounds[j] + bounds[j + 1]) / 2;
      double half = (bounds[j + 1] - bounds[j]) / 2 * zoom;
      b[j] = centre - half;
      b[j + 1] = centre + half;
    }
    return b;
  }

  /** The fitted model, or null when the data cannot be fitted (see {@link #problem()}). */
  GaussianNaiveBayes model() {
    return model;
  }

  /** Why there is no model, or null. */
  String problem() {
    return problem;
  }
}
