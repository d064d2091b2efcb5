package dev.learninglab.shell;

import static dev.learninglab.shell.ShellTexts.T;

import com.formdev.flatlaf.FlatLaf;
import dev.learninglab.core.compute.ComputeSettings;
import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.i18n.Language;
import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.core.view.Dialogs;
import dev.learninglab.core.view.Localized;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GraphicsConfiguration;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.ButtonGroup;
import javax.swing.ImageIcon;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;

/** The one window: lab tabs, menus with the keyboard shortcuts, and the status bar. */
final class MainWindow {
  private final JFrame frame = new JFrame();
  private final List<Lab> labs;
  private final LabTabs tabs;
  private final DatasetResolver datasets;
  private final TaskService tasks;
  private ShellSettings settings;
  private final Consumer<ShellSettings> persist;

  MainWindow(
      List<Lab> labs,
      LabContext context,
      ShellSettings settings,
      Consumer<ShellSettings> persist,
      Runnable onClosed) {
    this.settings = settings;
    this.persist = persist;
    this.labs = labs;
    this.datasets = context.datasets();
    this.tasks = context.tasks();
    this.tabs = new LabTabs(labs, context, e -> ErrorDialog.show(frame, e));
    frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    appIcon().ifPresent(frame::setIconImage);
    frame.setMinimumSize(new Dimension(900, 600));
    Localized.use(settings.language());
    frame.setTitle(T.get("shell.window.title"));
    frame.setJMenuBar(menus());
    frame.add(tabs.component(), BorderLayout.CENTER);
    frame.add(new StatusBar(context.tasks()).component(), BorderLayout.SOUTH);
    frame.setBounds(WindowBounds.fit(settings, usableScreens()));
    frame.addComponentListener(
        new ComponentAdapter() {
          @Override
          public void componentResized(ComponentEvent e) {
            rememberBounds();
          }

          @Override
          public void componentMoved(ComponentEvent e) {
            rememberBounds();
          }
        });
    frame.addWindowListener(
        new WindowAdapter() {
          @Override
          public void windowClosed(WindowEvent e) {
            persist.accept(MainWindow.this.settings);
            onClosed.run();
          }
        });
    ErrorDialog.installAsDefaultHandler(frame);
    FocusReturn.install(frame);
  }

  JFrame frame() {
    return frame;
  }

  LabTabs tabs() {
    return tabs;
  }

  DatasetResolver datasets() {
    return datasets;
  }

  /** Opens the lab by id, or else the lab used last, or else the first. */
  void openLab(String requested) {
    if (tabs.labs().isEmpty()) {
      return;
    }
    String id = requested != null ? requested : settings.lastLab();
    boolean known = id != null && tabs.labs().stream().anyMatch(l -> l.id().equals(id));
    if (requested != null || known) {
      tabs.select(id);
    } else {
      tabs.select(0);
    }
    tabs.onSelectionChange(() -> update(settings.withLastLab(tabs.selected().id())));
    update(settings.withLastLab(tabs.selected().id()));
  }

  private void rememberBounds() {
    if ((frame.getExtendedState() & JFrame.MAXIMIZED_BOTH) == 0 && frame.isShowing()) {
      update(settings.withBounds(frame.getX(), frame.getY(), frame.getWidth(), frame.getHeight()));
    }
  }

  /** Keeps the new settings and saves them now, so even a crash keeps the last lab and theme. */
  private void update(ShellSettings next) {
    boolean worthSaving = !next.withBounds(0, 0, 0, 0).equals(settings.withBounds(0, 0, 0, 0));
    settings = next;
    if (worthSaving) {
      persist.accept(next);
    }
  }

  private JMenuBar menus() {
    JMenuBar bar = new JMenuBar();
    JMenu file = new JMenu(T.get("shell.menu.file"));
    file.setMnemonic('F');
    file.add(
        item(
            T.get("shell.menu.file.datasets"),
            null,
            () -> DatasetsDialog.create(frame, datasets, tasks).setVisible(true)));
    file.addSeparator();
    file.add(
        item(
            T.get("shell.menu.file.quit"),
            KeyStroke.getKeyStroke(KeyEvent.VK_Q, InputEvent.CTRL_DOWN_MASK),
            frame::dispose));
    bar.add(file);

    JMenu view = new JMenu(T.get("shell.menu.view"));
    view.setMnemonic('V');
    view.add(
        item(
            T.get("shell.menu.view.theme"),
            KeyStroke.getKeyStroke(
                KeyEvent.VK_T, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK),
            this::toggleTheme));
    JCheckBoxMenuItem cpuOnly =
        new JCheckBoxMenuItem(T.get("shell.menu.view.cpu"), settings.forceCpu());
    cpuOnly.setToolTipText(T.get("shell.menu.view.cpu.tip"));
    cpuOnly.addActionListener(e -> setForceCpu(cpuOnly.isSelected()));
    view.add(cpuOnly);
    view.add(languages());
    view.addSeparator();
    for (int i = 0; i < labs.size(); i++) {
      int index = i;
      KeyStroke key =
          LabTabs.shortcutDigit(i)
              .map(d -> KeyStroke.getKeyStroke(KeyEvent.VK_0 + d, InputEvent.CTRL_DOWN_MASK))
              .orElse(null);
      view.add(item(labs.get(i).title(), key, () -> tabs.select(index)));
    }
    bar.add(view);

    JMenu help = new JMenu(T.get("shell.menu.help"));
    help.setMnemonic('H');
    help.add(
        item(
            T.get("shell.menu.help.lab"),
            KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0),
            this::showLabHelp));
    help.add(item(T.get("shell.menu.help.welcome"), null, () -> welcome().setVisible(true)));
    help.add(
        item(
            T.get("shell.menu.help.about"),
            null,
            () -> AboutDialog.create(frame, datasets.catalog()).setVisible(true)));
    bar.add(help);
    return bar;
  }

  /**
   * View ▸ Language: System, English, 简体中文. Each language is named in itself, so it can be found
   * whatever the window speaks now.
   */
  private JMenu languages() {
    JMenu menu = new JMenu(T.get("shell.menu.view.language"));
    ButtonGroup group = new ButtonGroup();
    for (Language l : Language.values()) {
      String name =
          switch (l) {
            case SYSTEM -> T.get("shell.menu.view.language.system");
            case ENGLISH -> "English";
            case CHINESE -> "简体中文";
          };
      JRadioButtonMenuItem item = new JRadioButtonMenuItem(name, l == settings.language());
      item.addActionListener(e -> switchLanguage(l));
      group.add(item);
      menu.add(item);
    }
    return menu;
  }

  /**
   * Speaks {@code language} at once: every text is looked up again in place (the labs keep what the
   * learner did; docs/decisions/language-at-run-time.md), and the menus are built anew.
   */
  void switchLanguage(Language language) {
    Localized.use(language);
    update(settings.withLanguage(language));
    frame.setTitle(T.get("shell.window.title"));
    frame.setJMenuBar(menus());
    tabs.retitle();
    frame.getRootPane().revalidate();
  }

  private void setForceCpu(boolean force) {
    ComputeSettings.forceCpu(force);
    update(settings.withForceCpu(force));
  }

  private void toggleTheme() {
    Theme next = settings.theme().other();
    next.install();
    FlatLaf.updateUI();
    update(settings.withTheme(next));
  }

  private void showLabHelp() {
    labHelp().setVisible(true);
  }

  /** F1: the open lab's help, in a dialog that Esc or Close dismisses. */
  JDialog labHelp() {
    Lab lab = tabs.selected();
    return Dialogs.closable(
        frame,
        T.get("shell.help.title", lab.title()),
        HtmlPanes.scrolling(lab.helpHtml(), 560, 420));
  }

  /** The first-launch welcome; Help ▸ Welcome shows it again on request. */
  JDialog welcome() {
    return WelcomeDialog.create(frame, tabs.labs(), tabs::select);
  }

  /** Shows the welcome once, the first time the window ever opens. */
  void welcomeOnFirstLaunch() {
    if (settings.welcomed() || tabs.labs().isEmpty()) {
      return;
    }
    JDialog dialog = welcome();
    dialog.addWindowListener(
        new WindowAdapter() {
          @Override
          public void windowClosed(WindowEvent e) {
            update(settings.withWelcomed());
          }
        });
    dialog.setVisible(true);
  }

  /** The usable area of every screen (without task bars), the default screen first. */
  private static List<Rectangle> usableScreens() {
    GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
    List<Rectangle> screens = new ArrayList<>();
    GraphicsDevice primary = env.getDefaultScreenDevice();
    screens.add(usable(primary));
    for (GraphicsDevice d : env.getScreenDevices()) {
      if (d != primary) {
        screens.add(usable(d));
      }
    }
    return screens;
  }

  private static Rectangle usable(GraphicsDevice device) {
    GraphicsConfiguration config = device.getDefaultConfiguration();
    Rectangle r = config.getBounds();
    Insets in = Toolkit.getDefaultToolkit().getScreenInsets(config);
    return new Rectangle(
        r.x + in.left, r.y + in.top, r.width - in.left - in.right, r.height - in.top - in.bottom);
  }

  private static JMenuItem item(String text, KeyStroke key, Runnable action) {
    Action a =
        new AbstractAction(text) {
          @Override
          public void actionPerformed(java.awt.event.ActionEvent e) {
            action.run();
          }
        };
    JMenuItem item = new JMenuItem(a);
    if (key != null) {
      item.setAccelerator(key);
    }
    return item;
  }

  ShellSettings settings() {
    return settings;
  }

  /** The icon the packages install too (a missing resource only means the default icon). */
  private static Optional<Image> appIcon() {
    URL url = MainWindow.class.getResource("/icons/learning-lab.png");
    return Optional.ofNullable(url).map(u -> new ImageIcon(u).getImage());
  }
}
