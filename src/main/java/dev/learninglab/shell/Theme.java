package dev.learninglab.shell;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import dev.learninglab.core.view.ErrorColour;
import java.awt.Color;
import javax.swing.UIManager;

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
    // error text: a deep red on light panels, a soft one that stays readable on dark ones
    UIManager.put(ErrorColour.KEY, new Color(this == dark ? 0xFF7B72 : 0xC62828));
  }

  Theme other() {
    return this == dark ? light : dark;
  }
}
