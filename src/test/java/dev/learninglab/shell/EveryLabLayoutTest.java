package dev.learninglab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.i18n.Language;
import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.lab.Labs;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.testing.Components;
import dev.learninglab.testing.LayoutCheck;
import dev.learninglab.testing.OpenWindows;
import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Opens every lab at the design size, 1280×800, in both themes, shows each of its sub-tabs (nested
 * ones too) and its help, and checks with {@link LayoutCheck} that every button, label and toolbar
 * item is whole and inside the window, no text is cut to "…" and no table column is narrower than
 * its header. Then the same after a cheap action of the lab ({@link #ACTIONS}), in the lab's file
 * chooser and the dialogs behind it ({@link #CHOOSERS}), with the window enlarged to 1600×1000 and
 * shrunk to 1024×700 (every tab again each time) and after resizing it back to 1280×800. The
 * shell's own dialogs are checked the same way. Waits for each lab through its {@code RenderAware}
 * promise and drains the event queue; nothing is timed. With {@code
 * -Dlearninglab.layoutPictures=true} a picture of every state checked is left in target/layout/ for
 * a human to look at (writing some 550 PNGs takes about 40 s, so the plain suite does not).
 */
class EveryLabLayoutTest {
  private static final Rectangle DESIGN =
      new Rectangle(0, 0, LearningLabApp.DESIGN_WIDTH, LearningLabApp.DESIGN_HEIGHT);
  private static final Rectangle LARGE = new Rectangle(0, 0, 1600, 1000);
  private static final boolean PICTURES = Boolean.getBoolean("learninglab.layoutPictures");

  /** A small laptop screen: every control must still be there, wrapped if need be. */
  private static final Rectangle SMALL = new Rectangle(0, 0, 1024, 700);

  private static final long RENDER_TIMEOUT_SECONDS = 300; // a cap for a stuck lab, not a wait

  /**
   * Buttons pressed, in order, to see a lab after an action as well as at its start: only actions
   * that finish on the event thread (nothing to wait for), such as completing the edit-distance
   * matrix so its backtrace is drawn, or starting the Gauntlet's clock.
   */
  private static final Map<String, List<String>> ACTIONS =
      Map.of(
          "edit-distance", List.of("Jump to end"),
          "gauntlet", List.of("Start"),
          "depth", List.of("Pause"),
          "pipeline", List.of("Collapse namespaces"));

  /**
   * The button that opens each lab's file chooser. The chooser is checked while it is up; naive
   * Bayes's is given a CSV file, so the column dialog behind it is checked too.
   */
  private static final Map<String, String> CHOOSERS =
      Map.of(
          "naive-bayes", "Load CSV…",
          "edit-distance", "First list…",
          "audio", "Open file…",
          "depth", "Export PNG…",
          "pipeline", "Open folder…",
          "captioning", "Open image…");

  @TempDir static Path files;

  private final TaskService tasks = new TaskService();
  private MainWindow window;
  private Language language = Language.ENGLISH;

  static Stream<Arguments> labsInBothThemes() {
    return Stream.of(Theme.values())
        .flatMap(t -> Labs.discover().stream().map(lab -> Arguments.of(lab.id(), t)));
  }

  @AfterEach
  void close() throws Exception {
    OpenWindows.closeAll();
    tasks.close();
  }

  @ParameterizedTest(name = "{0}, {1} theme")
  @MethodSource("labsInBothThemes")
  void everyControlOfEveryTabFitsTheDesignSize(String labId, Theme theme) throws Exception {
    openRendered(theme, labId);
    Set<String> problems = new LinkedHashSet<>();
    String prefix = theme + "/" + labId;
    checkEveryTab(window.tabs().component(), prefix, DESIGN, problems);
    checkDialog(window::labHelp, prefix + "-help", problems);
    for (String button : ACTIONS.getOrDefault(labId, List.of())) {
      press(button, labId);
      check(window.frame(), prefix + "-after-" + slug(button), DESIGN, problems);
    }
    if (CHOOSERS.containsKey(labId)) {
      checkChooser(labId, CHOOSERS.get(labId), prefix, problems);
    }
    resize(LARGE);
    checkEveryTab(window.tabs().component(), prefix + "-1600", LARGE, problems);
    resize(SMALL);
    checkEveryTab(window.tabs().component(), prefix + "-1024", SMALL, problems);
    resize(DESIGN);
    check(window.frame(), prefix + "-resized-back", DESIGN, problems);
    assertThat(problems).as("layout problems in %s, %s theme", labId, theme).isEmpty();
  }

  private void resize(Rectangle bounds) throws Exception {
    SwingUtilities.invokeAndWait(
        () -> {
          window.frame().setBounds(bounds);
          window.frame().validate();
        });
    settle();
  }

  /** Shows the tab that holds the lab's button {@code text} and presses it. */
  private void press(String text, String labId) throws Exception {
    SwingUtilities.invokeAndWait(() -> reveal(button(text, labId)).doClick());
    settle();
  }

  /**
   * Presses the button that opens a file chooser, checks the chooser while it is up, and closes it;
   * naive Bayes's gets a CSV, so its column dialog comes up and is checked and closed too. A modal
   * dialog runs its own event loop, so the events queued here run while it is showing.
   */
  private void checkChooser(String labId, String text, String prefix, Set<String> problems)
      throws Exception {
    SwingUtilities.invokeAndWait(() -> reveal(button(text, labId)));
    settle();
    SwingUtilities.invokeLater(() -> button(text, labId).doClick());
    settle();
    JDialog chooserDialog = showingDialog();
    assertThat(chooserDialog).as("%s opens a file chooser", text).isNotNull();
    check(chooserDialog, prefix + "-chooser", DESIGN, problems);
    JFileChooser chooser =
        Components.find(chooserDialog, JFileChooser.class, c -> true).orElseThrow();
    if (labId.equals("naive-bayes")) {
      Path csv = files.resolve("flowers.csv");
      Files.writeString(
          csv,
          "sepal length (cm),petal width (cm),species\n5.1,0.2,setosa\n7.0,1.4,versicolor\n"
              + "6.3,2.5,virginica\n");
      SwingUtilities.invokeAndWait(
          () -> {
            chooser.setSelectedFile(csv.toFile());
            chooser.approveSelection();
          });
      settle();
      JDialog columns = showingDialog();
      assertThat(columns).as("a CSV opens the column dialog").isNotNull();
      check(columns, prefix + "-csv-columns", DESIGN, problems);
      SwingUtilities.invokeAndWait(
          () -> {
            if (columns.getRootPane().getDefaultButton() == null) {
              problems.add("the CSV column dialog has no default button");
            }
            columns.dispose();
          });
    } else {
      SwingUtilities.invokeAndWait(chooser::cancelSelection);
    }
    settle();
  }

  /** The dialog on screen now, or null. */
  private static JDialog showingDialog() throws Exception {
    AtomicReference<JDialog> found = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> {
          for (Window w : Window.getWindows()) {
            if (w instanceof JDialog d && d.isShowing()) {
              found.set(d);
            }
          }
        });
    return found.get();
  }

  /** The lab's button with this text, on whichever tab it is. */
  private JButton button(String text, String labId) {
    return Components.find(window.tabs().component(), JButton.class, b -> text.equals(b.getText()))
        .orElseThrow(() -> new AssertionError(labId + " has no button `" + text + "`"));
  }

  /** Selects, from the outside in, every tab that holds {@code c}, so that it is showing. */
  private static <C extends Component> C reveal(C c) {
    List<Runnable> selections = new ArrayList<>();
    Component child = c;
    for (Container p = c.getParent(); p != null; child = p, p = p.getParent()) {
      if (p instanceof JTabbedPane tabs) {
        Component tab = child;
        selections.add(0, () -> tabs.setSelectedComponent(tab));
      }
    }
    selections.forEach(Runnable::run);
    return c;
  }

  private static String slug(String s) {
    return s.strip().replaceAll("[^\\p{L}\\p{N}]+", "-");
  }

  /** The labs that speak Simplified Chinese: those with a {@code messages_zh_CN.properties}. */
  static Stream<Arguments> translatedLabsInBothThemes() {
    return Stream.of(Theme.values())
        .flatMap(
            t ->
                Labs.discover().stream()
                    .filter(lab -> lab.getClass().getResource("messages_zh_CN.properties") != null)
                    .map(lab -> Arguments.of(lab.id(), t)));
  }

  /**
   * The same lab in Simplified Chinese at the design size: every tab and the help fit, every text
   * on screen can be drawn in its font (no boxes for missing glyphs) and every button and tab of
   * the lab is in Chinese. Kept to the design size to keep its time small.
   */
  @ParameterizedTest(name = "{0}, {1} theme, 简体中文")
  @MethodSource("translatedLabsInBothThemes")
  void translatedLabsFitAndShowChineseGlyphs(String labId, Theme theme) throws Exception {
    ChineseCheck.assumeAFontDrawsChinese();
    language = Language.CHINESE;
    openRendered(theme, labId);
    Set<String> problems = new LinkedHashSet<>();
    String prefix = theme + "/zh-CN/" + labId;
    checkEveryTab(window.tabs().component(), prefix, DESIGN, problems);
    checkDialog(window::labHelp, prefix + "-help", problems);
    assertThat(problems).as("layout problems in %s, %s theme, zh-CN", labId, theme).isEmpty();
  }

  static Stream<Arguments> bothThemesInBothLanguages() {
    return Stream.of(Theme.values())
        .flatMap(t -> Stream.of(Language.ENGLISH, Language.CHINESE).map(l -> Arguments.of(t, l)));
  }

  @ParameterizedTest(name = "{0} theme, {1}")
  @MethodSource("bothThemesInBothLanguages")
  void theShellDialogsFitAndHaveAClose(Theme theme, Language lang) throws Exception {
    if (lang == Language.CHINESE) {
      ChineseCheck.assumeAFontDrawsChinese();
    }
    language = lang;
    open(theme, null);
    Set<String> problems = new LinkedHashSet<>();
    String prefix = theme + (lang == Language.CHINESE ? "/zh-CN" : "") + "/shell";
    checkDialog(
        () -> AboutDialog.create(window.frame(), window.datasets().catalog()),
        prefix + "-about",
        problems);
    checkDialog(
        () -> DatasetsDialog.create(window.frame(), window.datasets(), tasks),
        prefix + "-datasets",
        problems);
    checkDialog(window::welcome, prefix + "-welcome", problems);
    assertThat(problems)
        .as("layout problems in the shell's dialogs, %s theme, %s", theme, lang)
        .isEmpty();
  }

  /** Opens the lab and waits (through its RenderAware promise, not a clock) until it has drawn. */
  private void openRendered(Theme theme, String labId) throws Exception {
    open(theme, labId);
    AtomicReference<java.util.concurrent.CompletionStage<?>> rendered = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> rendered.set(window.tabs().selectedRendered()));
    rendered.get().toCompletableFuture().get(RENDER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  private void open(Theme theme, String labId) throws Exception {
    SwingUtilities.invokeAndWait(
        () -> {
          theme.install();
          // one lab per window keeps each test's work to that lab; the shell test builds none
          List<Lab> labs =
              labId == null ? Labs.discover() : Labs.byId(Labs.discover(), labId).stream().toList();
          window =
              new MainWindow(
                  labs,
                  new LabContext(tasks, DatasetResolver.standard()),
                  ShellSettings.defaults()
                      .withLanguage(language)
                      .withTheme(theme)
                      .withWelcomed()
                      .withBounds(DESIGN.x, DESIGN.y, DESIGN.width, DESIGN.height),
                  s -> {},
                  () -> {});
          window.frame().setVisible(true);
          if (labId != null) {
            window.openLab(labId);
          }
        });
    settle();
  }

  /**
   * Checks the window as it is, then shows each tab of every tabbed pane below {@code root} in turn
   * and checks again, going into nested tabs.
   */
  private void checkEveryTab(Container root, String name, Rectangle screen, Set<String> problems)
      throws Exception {
    check(window.frame(), name, screen, problems);
    List<JTabbedPane> panes = new ArrayList<>();
    SwingUtilities.invokeAndWait(() -> outermostTabs(root, root, panes));
    for (JTabbedPane pane : panes) {
      int count = pane.getTabCount();
      for (int i = 0; i < count; i++) {
        int index = i;
        AtomicReference<String> title = new AtomicReference<>();
        SwingUtilities.invokeAndWait(
            () -> {
              pane.setSelectedIndex(index);
              title.set(slug(pane.getTitleAt(index)));
            });
        settle();
        Component shown = pane.getComponentAt(index);
        if (shown instanceof Container c) {
          checkEveryTab(c, name + "-" + title.get(), screen, problems);
        }
      }
      if (count > 0) {
        SwingUtilities.invokeAndWait(() -> pane.setSelectedIndex(0));
        settle();
      }
    }
  }

  /** The showing tabbed panes below {@code c} that are not inside another one below it. */
  private static void outermostTabs(Container top, Container c, List<JTabbedPane> out) {
    for (Component child : c.getComponents()) {
      if (child instanceof JTabbedPane tabs && child != top && tabs.isShowing()) {
        out.add(tabs);
      } else if (child instanceof Container inner) {
        outermostTabs(top, inner, out);
      }
    }
  }

  private void checkDialog(Supplier<JDialog> create, String name, Set<String> problems)
      throws Exception {
    AtomicReference<JDialog> dialog = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> {
          JDialog d = create.get();
          d.setModal(false);
          d.setVisible(true);
          dialog.set(d);
        });
    settle();
    check(dialog.get(), name, DESIGN, problems);
    SwingUtilities.invokeAndWait(
        () -> {
          if (dialog.get().getRootPane().getDefaultButton() == null) {
            problems.add(name + " has no default (Close) button");
          }
          dialog.get().dispose();
        });
  }

  private void check(Window w, String name, Rectangle screen, Set<String> problems)
      throws Exception {
    SwingUtilities.invokeAndWait(
        () -> {
          // a background task may have just shown a control (the status bar's Cancel): lay out
          // what is pending now, in this same event, so the check sees a settled window
          w.validate();
          problems.addAll(LayoutCheck.problems(w, screen));
          if (language == Language.CHINESE) {
            problems.addAll(ChineseCheck.problems(w, window.tabs().component()));
          }
          picture(w, name);
        });
  }

  /** Lets every queued layout, revalidation and repaint run: three passes of the event queue. */
  private static void settle() throws Exception {
    for (int i = 0; i < 3; i++) {
      SwingUtilities.invokeAndWait(() -> {});
    }
  }

  private static void picture(Window w, String name) {
    if (!PICTURES) {
      return;
    }
    try {
      Path png = Path.of("target", "layout", name + ".png");
      Files.createDirectories(png.getParent());
      BufferedImage img =
          new BufferedImage(w.getWidth(), w.getHeight(), BufferedImage.TYPE_INT_RGB);
      Graphics2D g = img.createGraphics();
      w.printAll(g);
      g.dispose();
      ImageIO.write(img, "png", png.toFile());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
