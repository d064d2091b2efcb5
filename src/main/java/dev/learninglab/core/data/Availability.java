package dev.learninglab.core.data;

import static dev.learninglab.core.i18n.CoreTexts.T;

/** Where a dataset would come from if a lab asked for it now, best first. */
public enum Availability {
  BUNDLED,
  CACHED,
  MIRROR,
  DOWNLOADABLE,
  MISSING;

  /** Plain words for a table cell, in the current language. */
  public String words() {
    return switch (this) {
      case BUNDLED -> T.get("core.dataset.bundled");
      case CACHED -> T.get("core.dataset.cached");
      case MIRROR -> T.get("core.dataset.mirror");
      case DOWNLOADABLE -> T.get("core.dataset.downloadable");
      case MISSING -> T.get("core.dataset.missing");
    };
  }
}
