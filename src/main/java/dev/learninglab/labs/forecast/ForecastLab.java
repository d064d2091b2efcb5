package dev.learninglab.labs.forecast;

import static dev.learninglab.labs.forecast.model.ForecastTexts.T;

import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.labs.forecast.cli.ForecastCommand;
import dev.learninglab.labs.forecast.view.ForecastView;
import java.util.Optional;
import javax.swing.JComponent;

/** The learning-by-doing lab: one forecasting project from the data to a web page and a report. */
public final class ForecastLab implements Lab {

  @Override
  public String id() {
    return "forecast";
  }

  @Override
  public String title() {
    return T.get("forecast.title");
  }

  @Override
  public int rank() {
    return 110;
  }

  @Override
  public String summary() {
    return T.get("forecast.summary");
  }

  @Override
  public JComponent createView(LabContext context) {
    return new ForecastView(context);
  }

  @Override
  public Optional<Object> command() {
    return Optional.of(new ForecastCommand());
  }
}
