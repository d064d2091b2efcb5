package dev.learninglab.labs.smell;

import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.labs.smell.cli.SmellCommand;
import dev.learninglab.labs.smell.view.SmellView;
import java.util.Optional;
import javax.swing.JComponent;

/**
 * Learning to Smell: molecules as graphs (CDK, ogb's features), a graph network, honest metrics.
 */
public final class SmellLab implements Lab {
  @Override
  public String id() {
    return "smell";
  }

  @Override
  public String title() {
    return "Smell";
  }

  @Override
  public int rank() {
    return 70;
  }

  @Override
  public String summary() {
    return "Molecules as graphs: ogb's atom features with CDK, a graph network that smells, and"
        + " metrics that beat 'never fruity'.";
  }

  @Override
  public String helpHtml() {
    return "<html><h2>Learning to Smell</h2>"
        + "<p>Type a <b>SMILES</b>: the lab draws the molecule (CDK), lists ogb's 9 features of each"
        + " atom in words and the edge list (each bond twice, i→j then j→i). The features equal"
        + " RDKit's, as ogb computes them.</p>"
        + "<p><b>Predict</b> gives the fruity probability and the top odours from the shipped"
        + " graph networks; atoms are tinted by their exact share of the fruity logit (the readout is"
        + " a mean and the head linear, so the logit is a sum over atoms).</p>"
        + "<p>Only 20.7 % of the training molecules are fruity: <i>never fruity</i> is already 79 %"
        + " accurate. Judge a model by ROC-AUC, PR-AUC and F1, as the <b>Train</b> tab does.</p>"
        + "<p>CLI: <code>learning-lab smell featurize|train|predict|baseline</code></p></html>";
  }

  @Override
  public JComponent createView(LabContext context) {
    return new SmellView(context);
  }

  @Override
  public Optional<Object> command() {
    return Optional.of(new SmellCommand());
  }
}
