package dev.learninglab.core.data;

/** Where a dataset would come from if a lab asked for it now, best first. */
public enum Availability {
  BUNDLED("in the app"),
  CACHED("in the user cache"),
  MIRROR("in a mirror folder"),
  DOWNLOADABLE("can be downloaded"),
  MISSING("not available");

  private final String words;

  Availability(String words) {
    this.words = words;
  }

  /** Plain words for a table cell. */
  public String words() {
    return words;
  }
}
