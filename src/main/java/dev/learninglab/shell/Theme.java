package dev.learninglab.shell;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;

/** The two colour themes; the command line spells them {@code light} and {@code dark}. */
public enum Theme {
  light,
  dark;

  /**
   * Installs this look and feel; call {@link FlatLaf#updateUI()} afterwards to restyle open
   * windows.
   */
  void install() {
    if (this == dark) {
      FlatDarkLaf.setup();
    } else {
      FlatLightLaf.setup();
    }
  }

  Theme other() {
    return this == dark ? light : dark;
  }
}
