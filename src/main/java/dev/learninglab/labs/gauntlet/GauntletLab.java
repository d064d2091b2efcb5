package dev.learninglab.labs.gauntlet;

import static dev.learninglab.labs.gauntlet.model.GauntletTexts.T;

import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.labs.gauntlet.cli.GauntletCommand;
import dev.learninglab.labs.gauntlet.model.history.LaunchRule;
import dev.learninglab.labs.gauntlet.view.GauntletView;
import java.time.LocalDate;
import java.util.Optional;
import javax.swing.JComponent;

/** The Gauntlet: timed, checked, daily code-from-memory drills on the mpg dataset. */
public final class GauntletLab implements Lab {
  @Override
  public String id() {
    return "gauntlet";
  }

  @Override
  public String title() {
    return T.get("gauntlet.title");
  }

  @Override
  public int rank() {
    return 10;
  }

  @Override
  public String summary() {
    return T.get("gauntlet.summary");
  }

  @Override
  public JComponent createView(LabContext context) {
    return new GauntletView(context);
  }

  @Override
  public boolean wantsFocusAtLaunch() {
    return LaunchRule.openGauntletAtLaunch(LocalDate.now());
  }

  @Override
  public Optional<Object> command() {
    return Optional.of(new GauntletCommand());
  }
}
