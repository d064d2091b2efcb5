package dev.learninglab.labs.naivebayes;

import static dev.learninglab.labs.naivebayes.model.NaiveBayesTexts.T;

import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.labs.naivebayes.cli.NaiveBayesCommand;
import dev.learninglab.labs.naivebayes.view.NaiveBayesView;
import java.util.Optional;
import javax.swing.JComponent;

/**
 * The Gaussian naive Bayes lab: understand the classifier by watching it work, equal to
 * scikit-learn.
 */
public final class NaiveBayesLab implements Lab {
  @Override
  public String id() {
    return "naive-bayes";
  }

  @Override
  public String title() {
    return T.get("naivebayes.title");
  }

  @Override
  public int rank() {
    return 50;
  }

  @Override
  public String summary() {
    return T.get("naivebayes.summary");
  }

  @Override
  public JComponent createView(LabContext context) {
    return new NaiveBayesView(context);
  }

  @Override
  public Optional<Object> command() {
    return Optional.of(new NaiveBayesCommand());
  }
}
