package dev.learninglab.shell;

import dev.learninglab.core.compute.ComputeSettings;
import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.image.PictureFiles;
import dev.learninglab.core.io.LabHome;
import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.lab.Labs;
import dev.learninglab.core.task.TaskService;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.swing.JFrame;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;

/** Starts the window: theme, remembered settings, the labs; or takes a screenshot of one lab. */
public final class LearningLabApp {
  private static final long RENDER_TIMEOUT_SECONDS = 180;
  static final int DESIGN_WIDTH = 1280;
  static final int DESIGN_HEIGHT = 800;

  private LearningLabApp() {}

  /** Opens the window and returns once it is visible; the caller's JVM keeps running it. */
  public static void open(ShellOptions options) throws Exception {
    Path file = settingsFile();
    List<Lab> labs = Labs.discover();
    ShellSettings stored = ShellSettings.load(file);
    ShellOptions withLaunchLab = options;
    // on the very first launch the welcome says where to begin; no lab jumps the queue
    if (options.labId() == null && stored.welcomed()) {
      // a lab that asks for attention (today's Gauntlet not done) wins over the last one used
      String asking =
          labs.stream().filter(Lab::wantsFocusAtLaunch).findFirst().map(Lab::id).orElse(null);
      withLaunchLab =
          new ShellOptions(
              asking, options.theme(), options.screenshot(), options.window(), options.language());
    }
    MainWindow window =
        build(labs, withLaunchLab, stored, s -> save(s, file), () -> System.exit(0));
    SwingUtilities.invokeLater(window::welcomeOnFirstLaunch);
  }

  /** Opens the window, waits until the lab has rendered, writes a PNG of it and closes. */
  public static void screenshot(ShellOptions options) throws Exception {
    ShellSettings stored = ShellSettings.load(settingsFile());
    // the design size every lab must fit (docs/ui-conventions.md), whatever the screen, unless
    // another size is asked for (to look at a large screen)
    Dimension size =
        options.window() == null ? new Dimension(DESIGN_WIDTH, DESIGN_HEIGHT) : options.window();
    ShellSettings sized = stored.withBounds(0, 0, size.width, size.height);
    MainWindow window = build(Labs.discover(), options, sized, s -> {}, () -> {});
    AtomicReference<CompletionStage<?>> rendered = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> rendered.set(window.tabs().selectedRendered()));
    rendered.get().toCompletableFuture().get(RENDER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    SwingUtilities.invokeAndWait(() -> {}); // let the last layout and repaint events run
    AtomicReference<BufferedImage> image = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> image.set(paint(window.frame())));
    PictureFiles.writePng(image.get(), options.screenshot());
    SwingUtilities.invokeAndWait(() -> window.frame().dispose());
  }

  private static MainWindow build(
      List<Lab> labs,
      ShellOptions options,
      ShellSettings settings,
      Consumer<ShellSettings> persist,
      Runnable onClosed)
      throws Exception {
    if (options.labId() != null && Labs.byId(labs, options.labId()).isEmpty()) {
      throw new IllegalArgumentException(
          "No lab `"
              + options.labId()
              + "` (labs: "
              + String.join(", ", labs.stream().map(Lab::id).toList())
              + ")");
    }
    ShellSettings themed = options.theme() == null ? settings : settings.withTheme(options.theme());
    ShellSettings effective =
        options.language() == null ? themed : themed.withLanguage(options.language());
    if (effective.forceCpu()) {
      ComputeSettings.forceCpu(true);
    }
    LabContext context = new LabContext(new TaskService(), DatasetResolver.standard());
    AtomicReference<MainWindow> window = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> {
          effective.theme().install();
          MainWindow w = new MainWindow(labs, context, effective, persist, onClosed);
          w.frame().setVisible(true);
          window.set(w);
          reportStartupTime();
        });
    // The lab is built after the frame shows, so the window appears at once.
    SwingUtilities.invokeAndWait(() -> window.get().openLab(options.labId()));
    return window.get();
  }

  /** With LEARNING_LAB_TIMING=1, says on stderr how long the JVM took to show the window. */
  private static void reportStartupTime() {
    if ("1".equals(System.getenv("LEARNING_LAB_TIMING"))) {
      long start = ManagementFactory.getRuntimeMXBean().getStartTime();
      System.err.println("window visible after " + (System.currentTimeMillis() - start) + " ms");
    }
  }

  private static BufferedImage paint(JFrame frame) {
    JRootPane root = frame.getRootPane();
    root.validate();
    BufferedImage img =
        new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    root.printAll(g);
    g.dispose();
    return img;
  }

  private static Path settingsFile() {
    return LabHome.dir().resolve("settings.json");
  }

  private static void save(ShellSettings settings, Path file) {
    try {
      settings.save(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not save window settings to " + file, e);
    }
  }
}
