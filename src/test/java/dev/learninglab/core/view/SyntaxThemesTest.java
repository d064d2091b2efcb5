package dev.learninglab.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import dev.learninglab.testing.Edt;
import java.awt.Color;
import javax.swing.JFrame;
import javax.swing.LookAndFeel;
import javax.swing.UIManager;
import org.fife.ui.rsyntaxtextarea.RSyntaxTextArea;
import org.fife.ui.rtextarea.RTextScrollPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An editor in an open window follows Ctrl+Shift+T: dark background after, light before. */
class SyntaxThemesTest {
  private final LookAndFeel before = UIManager.getLookAndFeel();
  private JFrame frame;

  @AfterEach
  void restore() throws Exception {
    Edt.run(
        () -> {
          frame.dispose();
          UIManager.setLookAndFeel(before);
        });
  }

  @Test
  void theEditorFollowsASwitchToDarkAndBack() throws Exception {
    RSyntaxTextArea area =
        Edt.call(
            () -> {
              FlatLightLaf.setup();
              RSyntaxTextArea a = new RSyntaxTextArea(5, 20);
              RTextScrollPane scroll = new RTextScrollPane(a, true);
              SyntaxThemes.follow(a);
              frame = new JFrame("editor");
              frame.add(scroll);
              frame.pack();
              frame.setVisible(true);
              return a;
            });
    Color light = Edt.call(area::getBackground);
    Edt.run(
        () -> {
          FlatDarkLaf.setup();
          FlatLaf.updateUI();
        });
    Color dark = Edt.call(area::getBackground);
    assertThat(brightness(dark)).isLessThan(0.5f).isLessThan(brightness(light));
    Edt.run(
        () -> {
          FlatLightLaf.setup();
          FlatLaf.updateUI();
        });
    assertThat(Edt.call(area::getBackground)).isEqualTo(light);
  }

  private static float brightness(Color c) {
    return Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null)[2];
  }
}
