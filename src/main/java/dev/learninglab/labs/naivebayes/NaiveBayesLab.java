package dev.learninglab.labs.naivebayes;

import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabContext;
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
    return "Naive Bayes";
  }

  @Override
  public int rank() {
    return 50;
  }

  @Override
  public String summary() {
    return "Gaussian naive Bayes step by step: priors, bell curves, products, and why log space matters.";
  }

  @Override
  public String helpHtml() {
    return "<html><h2>Gaussian naive Bayes</h2>"
        + "<p>The plot shows the data over the model's decision regions. <b>Click</b> anywhere to see"
        + " the derivation for that point: the priors p(c), each feature's bell curve N(x; mean, std)"
        + " per class, their product, and the normalisation.</p>"
        + "<p><b>var_smoothing</b> adds a share of the largest feature variance to every variance"
        + " (scikit-learn's default 1e-9; the tutorial's own class uses 0).</p>"
        + "<p><b>Naive: linear space</b> multiplies densities as the tutorial does; far from the data"
        + " every product underflows to 0 and the answer is 0/0 (dark grey). The normal mode works in"
        + " log space with log-sum-exp and always answers.</p>"
        + "<p><b>Click adds a point</b> of the chosen class; <b>New blobs</b> draws fresh blobs from the"
        + " seed; <b>Load CSV</b> lets you pick a label and two features.</p>"
        + "<p>CLI: <code>learning-lab naive-bayes --train FILE.csv --label COLUMN [--var-smoothing X]"
        + " [--predict \"x1,x2;x1,x2\"] [--json]</code></p></html>";
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
