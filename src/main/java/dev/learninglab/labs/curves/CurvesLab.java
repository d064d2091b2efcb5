package dev.learninglab.labs.curves;

import static dev.learninglab.labs.curves.model.CurvesTexts.T;

import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.labs.curves.cli.CurvesCommand;
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
    return T.get("curves.title");
  }

  @Override
  public int rank() {
    return 60;
  }

  @Override
  public String summary() {
    return T.get("curves.summary");
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
