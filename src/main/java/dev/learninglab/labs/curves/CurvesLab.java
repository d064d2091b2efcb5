package dev.learninglab.labs.curves;

import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.labs.curves.command.CurvesCommand;
import dev.learninglab.labs.curves.view.CurvesView;
import java.util.Optional;
import javax.swing.JComponent;

/** The learning-curves lab: is the model over- or underfitting, and how much data is enough. */
public final class CurvesLab implements Lab {

  @Override
  public String id() {
    return "curves";
  }

  @Override
  public String title() {
    return "Learning curves";
  }

  @Override
  public int rank() {
    return 60;
  }

  @Override
  public String summary() {
    return "Read learning curves to tell over- from underfitting, and extrapolate how much data a CNN needs.";
  }

  @Override
  public String helpHtml() {
    return "<h2>Learning curves</h2>"
        + "<p><b>Diagnosis.</b> Logistic regression on iris is trained on growing parts of each of 5 stratified"
        + " folds. Move the C slider (log scale): C = 1 fits well, C = 10⁴ overfits (validation loss far above a"
        + " tiny training loss), C = 10⁻⁴ underfits (both losses near chance level). Iris is sorted by class, so"
        + " without shuffling the small training sets hold one class only and cannot be fitted; the lab shuffles"
        + " with NumPy's RandomState(seed), exactly as scikit-learn's <code>learning_curve(shuffle=True)</code>.</p>"
        + "<p><b>Dataset size.</b> The tutorial's CNN is trained at growing sizes; the curve is fitted on the first"
        + " k points with a power law, a quadratic and a logarithm and extrapolated. Results are cached.</p>"
        + "<p>CLI: <code>learning-lab curves diagnose --C 1</code>, <code>learning-lab curves size --dataset"
        + " digits</code>.</p>";
  }

  @Override
  public JComponent createView(LabContext context) {
    return new CurvesView(context);
  }

  @Override
  public Optional<Object> command() {
    return Optional.of(new CurvesCommand());
  }
}
