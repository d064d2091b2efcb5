package dev.learninglab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.i18n.Language;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.lab.Labs;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.core.view.Localized;
import dev.learninglab.testing.Components;
import dev.learninglab.testing.Edt;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * View ▸ Language switches the whole window in place: the lab keeps what the learner did (cells
 * filled), its texts and the menus change language, and switching back restores every English text.
 * The choice is remembered in the settings.
 */
class LanguageSwitchTest {
  private final TaskService tasks = new TaskService();
  private final AtomicReference<ShellSettings> saved = new AtomicReference<>();
  private MainWindow window;

  @AfterEach
  void close() throws Exception {
    SwingUtilities.invokeAndWait(
        () -> {
          window.frame().dispose();
          Localized.use(Language.ENGLISH);
        });
    tasks.close();
  }

  @Test
  void switchingKeepsTheLabsStateAndChangesEveryTextBothWays() throws Exception {
    SwingUtilities.invokeAndWait(
        () -> {
          Theme.light.install();
          window =
              new MainWindow(
                  Labs.byId(Labs.discover(), "edit-distance").stream().toList(),
                  new LabContext(tasks, DatasetResolver.standard()),
                  ShellSettings.defaults().withLanguage(Language.ENGLISH).withWelcomed(),
                  saved::set,
                  () -> {});
          window.frame().setVisible(true);
          window.openLab("edit-distance");
        });
    for (int i = 0; i < 3; i++) {
      Edt.run(() -> Components.button(window.frame().getContentPane(), "Step").doClick());
    }
    assertThat(texts()).contains("Filled 3 of 48 cells", "Step", "DP matrix", "View");

    Edt.run(() -> window.switchLanguage(Language.CHINESE));
    assertThat(texts())
        .contains("已填 3 / 48 格", "下一步", "动态规划矩阵", "视图", "1  编辑距离")
        .doesNotContain("Filled 3 of 48 cells", "Step", "DP matrix", "View");
    assertThat(saved.get().language()).isEqualTo(Language.CHINESE);

    Edt.run(() -> window.switchLanguage(Language.ENGLISH));
    assertThat(texts())
        .contains("Filled 3 of 48 cells", "Step", "DP matrix", "View", "1  Edit distance")
        .doesNotContain("已填 3 / 48 格", "下一步", "动态规划矩阵", "视图");
    assertThat(saved.get().language()).isEqualTo(Language.ENGLISH);
  }

  /** Every label, button and tab title in the window, and the menus' names. */
  private String[] texts() throws Exception {
    return Edt.call(
        () -> {
          java.util.List<String> all = new java.util.ArrayList<>();
          collect(window.frame().getContentPane(), all);
          for (int i = 0; i < window.frame().getJMenuBar().getMenuCount(); i++) {
            JMenu m = window.frame().getJMenuBar().getMenu(i);
            all.add(m.getText());
          }
          return all.toArray(String[]::new);
        });
  }

  private static void collect(java.awt.Container c, java.util.List<String> out) {
    for (java.awt.Component child : c.getComponents()) {
      if (child instanceof JLabel l) {
        out.add(l.getText());
      } else if (child instanceof AbstractButton b) {
        out.add(b.getText());
      }
      if (child instanceof JTabbedPane tabs) {
        for (int i = 0; i < tabs.getTabCount(); i++) {
          out.add(tabs.getTitleAt(i));
        }
      }
      if (child instanceof java.awt.Container inner) {
        collect(inner, out);
      }
    }
  }
}
