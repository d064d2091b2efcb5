package dev.learninglab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.i18n.Language;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.lab.Labs;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.testing.OpenWindows;
import java.awt.Component;
import java.awt.Container;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.border.TitledBorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every lab follows View ▸ Language in place, both ways: after a switch to Chinese no English text
 * of the lab stays on screen that a lab opened in Chinese would not show (a text named once when
 * the view was built and never again), and after switching back no Chinese stays. Labels, buttons,
 * tab titles, table headers and titled borders of every tab are compared; of the English, only the
 * bundles' own texts count (a caption the model wrote is the lab's data, in whatever window).
 */
class EveryLabSwitchesLanguageTest {
  private static final long RENDER_TIMEOUT_SECONDS = 300; // a cap for a stuck lab, not a wait

  /** Every English text of the bundles that has no placeholder, as it shows on screen. */
  private static final Set<String> ENGLISH_WORDS = englishWords();

  private final TaskService tasks = new TaskService();
  private MainWindow window;

  static Stream<String> labs() {
    return Labs.discover().stream().map(lab -> lab.id());
  }

  @AfterEach
  void close() throws Exception {
    OpenWindows.closeAll();
    tasks.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("labs")
  void noTextStaysInTheOtherLanguage(String labId) throws Exception {
    ChineseCheck.assumeAFontDrawsChinese();
    Set<String> chineseFresh = textsOfEveryTab(open(labId, Language.CHINESE));
    dispose();

    Set<String> english = textsOfEveryTab(open(labId, Language.ENGLISH));
    SwingUtilities.invokeAndWait(() -> window.switchLanguage(Language.CHINESE));
    Set<String> switched = textsOfEveryTab(window);
    Set<String> stale = new TreeSet<>(switched);
    stale.retainAll(english);
    stale.retainAll(ENGLISH_WORDS); // what a lab shows from its data (captions) is no word of ours
    stale.removeAll(chineseFresh);
    assertThat(stale).as("English left in %s after switching to Chinese", labId).isEmpty();

    SwingUtilities.invokeAndWait(() -> window.switchLanguage(Language.ENGLISH));
    Set<String> back = textsOfEveryTab(window);
    back.retainAll(chineseFresh);
    back.removeAll(english);
    assertThat(back).as("Chinese left in %s after switching back", labId).isEmpty();
  }

  private static Set<String> englishWords() {
    Set<String> words = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
      for (Path p : files.filter(f -> f.endsWith("messages.properties")).toList()) {
        Properties bundle = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
          bundle.load(r);
        }
        bundle.values().stream()
            .map(String::valueOf)
            .filter(v -> !v.contains("{"))
            .forEach(v -> words.add(v.replace("''", "'").strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  private MainWindow open(String labId, Language language) throws Exception {
    SwingUtilities.invokeAndWait(
        () -> {
          Theme.light.install();
          window =
              new MainWindow(
                  Labs.byId(Labs.discover(), labId).stream().toList(),
                  new LabContext(tasks, DatasetResolver.standard()),
                  ShellSettings.defaults().withLanguage(language).withWelcomed(),
                  s -> {},
                  () -> {});
          window.frame().setVisible(true);
          window.openLab(labId);
        });
    AtomicReference<java.util.concurrent.CompletionStage<?>> rendered = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> rendered.set(window.tabs().selectedRendered()));
    rendered.get().toCompletableFuture().get(RENDER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    return window;
  }

  private void dispose() throws Exception {
    SwingUtilities.invokeAndWait(() -> window.frame().dispose());
  }

  /** The texts of the lab, shown tab by tab (nested tabs too), each tab after the queue settles. */
  private static Set<String> textsOfEveryTab(MainWindow w) throws Exception {
    Set<String> all = new TreeSet<>();
    visitTabs(w.tabs().component(), all);
    return all;
  }

  private static void visitTabs(Container root, Set<String> into) throws Exception {
    settle();
    SwingUtilities.invokeAndWait(() -> collect(root, into));
    AtomicReference<java.util.List<JTabbedPane>> panes = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> panes.set(tabbedPanes(root)));
    for (JTabbedPane tabs : panes.get()) {
      int count = tabs.getTabCount();
      for (int i = 0; i < count; i++) {
        final int index = i;
        SwingUtilities.invokeAndWait(() -> tabs.setSelectedIndex(index));
        settle();
        Component shown = tabs.getComponentAt(index);
        if (shown instanceof Container c) {
          visitTabs(c, into);
        }
      }
    }
  }

  /** The tabbed panes directly below {@code root} (not inside another tabbed pane). */
  private static java.util.List<JTabbedPane> tabbedPanes(Container root) {
    java.util.List<JTabbedPane> out = new java.util.ArrayList<>();
    for (Component child : root.getComponents()) {
      if (child instanceof JTabbedPane t) {
        out.add(t);
      } else if (child instanceof Container c) {
        out.addAll(tabbedPanes(c));
      }
    }
    return out;
  }

  private static void collect(Container c, Set<String> out) {
    if (c instanceof JComponent j && j.getBorder() instanceof TitledBorder b) {
      add(out, b.getTitle());
    }
    for (Component child : c.getComponents()) {
      if (!child.isShowing()) {
        continue;
      }
      if (child instanceof JLabel l) {
        add(out, l.getText());
      } else if (child instanceof AbstractButton b) {
        add(out, b.getText());
      } else if (child instanceof JTable t) {
        for (int i = 0; i < t.getColumnCount(); i++) {
          add(out, String.valueOf(t.getColumnModel().getColumn(i).getHeaderValue()));
        }
      }
      if (child instanceof JTabbedPane tabs) {
        for (int i = 0; i < tabs.getTabCount(); i++) {
          add(out, tabs.getTitleAt(i));
        }
      }
      if (child instanceof Container inner) {
        collect(inner, out);
      }
    }
  }

  /** Only words count: numbers, symbols and empty texts look the same in both languages. */
  private static void add(Set<String> out, String text) {
    if (text != null && text.codePoints().anyMatch(Character::isLetter)) {
      out.add(text.strip());
    }
  }

  private static void settle() throws Exception {
    for (int i = 0; i < 3; i++) {
      SwingUtilities.invokeAndWait(() -> {});
    }
  }
}
