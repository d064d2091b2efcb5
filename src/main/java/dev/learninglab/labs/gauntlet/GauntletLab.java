package dev.learninglab.labs.gauntlet;

import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabContext;
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
    return "Gauntlet";
  }

  @Override
  public int rank() {
    return 10;
  }

  @Override
  public String summary() {
    return "Fill a blank template from memory every weekday: ten checked sections of data wrangling on mpg.";
  }

  @Override
  public String helpHtml() {
    return "<html><h2>Gauntlet</h2>"
        + "<p>Every weekday, before e-mail, fill the blank template from memory. Each section names a task "
        + "and the variable the checker reads (for example <code>Table top5 = ...;</code>); <code>mpg</code> "
        + "is predefined as a Tablesaw table.</p>"
        + "<p><b>Start</b> the timer, write a section, press <b>Run</b> (Ctrl+Enter): your code runs in a "
        + "separate JShell VM and is compared by its results, not its text. <b>Peek</b> shows the reference "
        + "(and its pandas and dplyr twins) and is recorded. <b>Finish</b> stores the session.</p>"
        + "<p>The Progress tab shows your weekday streak, a calendar of finished gauntlets, the time per "
        + "section over the days, and which sections to drill first.</p></html>";
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
