package dev.learninglab.labs.gauntlet.model.history;

import dev.learninglab.core.io.LabHome;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The setting "open the Gauntlet at launch when today's is not done", for the shell to ask at
 * start-up: {@code if (LaunchRule.openGauntletAtLaunch(LocalDate.now())) select "gauntlet"}.
 */
public final class LaunchRule {
  private LaunchRule() {}

  public static boolean openGauntletAtLaunch(LocalDate today) {
    return openAtLaunch(LabHome.dir().resolve("gauntlet"), today);
  }

  static boolean openAtLaunch(Path gauntletDir, LocalDate today) {
    return GauntletSettings.load(gauntletDir).openAtLaunchWhenNotDone()
        && !Streaks.done(new HistoryStore(gauntletDir).load().sessions(), today);
  }
}
