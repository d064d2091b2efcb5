package dev.learninglab.labs.gauntlet.model;

import static dev.learninglab.labs.gauntlet.model.GauntletTexts.T;

/** How a section came out; the lower-case names are the CLI's JSON values. */
public enum Status {
  pass,
  fail,
  error,
  timeout,
  empty;

  /** The status in the current language, as the view and the command line's text show it. */
  public String text() {
    return switch (this) {
      case pass -> T.get("gauntlet.status.pass");
      case fail -> T.get("gauntlet.status.fail");
      case error -> T.get("gauntlet.status.error");
      case timeout -> T.get("gauntlet.status.timeout");
      case empty -> T.get("gauntlet.status.empty");
    };
  }
}
