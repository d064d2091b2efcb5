package dev.learninglab.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.lab.LabHelp;
import dev.learninglab.core.lab.Labs;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.testing.Edt;
import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JTabbedPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** F1 covers the whole lab: every sub-tab, nested ones too, is named in the lab's help. */
class LabHelpTabsTest {
  private final TaskService tasks = new TaskService();

  static List<Lab> labs() {
    return Labs.discover();
  }

  @AfterEach
  void close() {
    tasks.close();
  }

  @ParameterizedTest
  @MethodSource("labs")
  void everySubTabOfTheViewHasAParagraphInTheHelp(Lab lab) throws Exception {
    List<String> titles =
        Edt.call(
            () -> {
              List<String> found = new ArrayList<>();
              tabTitles(lab.createView(new LabContext(tasks, DatasetResolver.standard())), found);
              return found;
            });
    // Markdown wraps its lines anywhere, a title too
    String help = LabHelp.markdown(lab.getClass()).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    assertThat(titles)
        .as("the sub-tabs of %s missing from its help.md", lab.id())
        .filteredOn(t -> !help.contains(t.toLowerCase(Locale.ROOT)))
        .isEmpty();
  }

  private static void tabTitles(Component c, List<String> out) {
    if (c instanceof JTabbedPane tabs) {
      for (int i = 0; i < tabs.getTabCount(); i++) {
        out.add(tabs.getTitleAt(i));
      }
    }
    if (c instanceof Container inner) {
      for (Component child : inner.getComponents()) {
        tabTitles(child, out);
      }
    }
  }
}
