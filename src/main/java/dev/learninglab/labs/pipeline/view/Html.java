package dev.learninglab.labs.pipeline.view;

/** Escapes text for the HTML labels and panes. */
final class Html {
  private Html() {}

  static String esc(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
