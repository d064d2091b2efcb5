package dev.learninglab.labs.forecast.view;

import dev.learninglab.labs.forecast.model.Evaluation;
import dev.learninglab.labs.forecast.model.Series;
import dev.learninglab.labs.forecast.model.SeriesName;
import java.util.ArrayList;
import java.util.List;

/**
 * What the stages share as the learner walks through them: the series chosen, the model to evaluate
 * and deploy (the shipped one until one is trained) and its latest evaluation. Listeners run on the
 * event thread when something changes.
 */
final class Project {
  private final List<Runnable> listeners = new ArrayList<>();
  private SeriesName name = new SeriesName("goog", null, null);
  private Series series;
  private String model = dev.learninglab.labs.forecast.io.ModelFolders.SHIPPED;
  private Evaluation evaluation;

  void onChange(Runnable listener) {
    listeners.add(listener);
  }

  private void changed() {
    listeners.forEach(Runnable::run);
  }

  SeriesName name() {
    return name;
  }

  Series series() {
    return series;
  }

  void seriesLoaded(SeriesName name, Series series) {
    this.name = name;
    this.series = series;
    changed();
  }

  /** "shipped" or a model folder. */
  String model() {
    return model;
  }

  void modelTrained(String folder) {
    model = folder;
    evaluation = null;
    changed();
  }

  Evaluation evaluation() {
    return evaluation;
  }

  void evaluated(Evaluation e) {
    evaluation = e;
    changed();
  }
}
