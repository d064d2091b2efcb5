package dev.learninglab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.testing.Components;
import dev.learninglab.testing.Edt;
import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JDialog;
import javax.swing.JMenuItem;
import javax.swing.JTabbedPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drives the real window under Xvfb with fake labs. */
class MainWindowTest {
  private final FakeLab first = new FakeLab("first", 1);
  private final FakeLab second = new FakeLab("second", 2);
  private final TaskService tasks = new TaskService();
  private final AtomicReference<ShellSettings> saved = new AtomicReference<>();
  private MainWindow window;

  @AfterEach
  void close() throws Exception {
    SwingUtilities.invokeAndWait(() -> window.frame().dispose());
    tasks.close();
  }

  private void open(String labId) throws Exception {
    open(List.of(first, second), labId);
  }

  private void open(List<Lab> labs, String labId) throws Exception {
    SwingUtilities.invokeAndWait(
        () -> {
          Theme.light.install();
          window =
              new MainWindow(
                  labs,
                  new LabContext(tasks, DatasetResolver.standard()),
                  ShellSettings.defaults(),
                  saved::set,
                  () -> {});
          window.frame().setVisible(true);
          window.openLab(labId);
        });
  }

  @Test
  void onlyTheOpenedLabIsBuilt() throws Exception {
    open("second");
    assertThat(second.viewsBuilt).hasValue(1);
    assertThat(first.viewsBuilt).hasValue(0);
    assertThat(saved.get().lastLab()).isEqualTo("second");
  }

  @Test
  void ctrlOneSwitchesToTheFirstLabAndBuildsItOnce() throws Exception {
    open("second");
    SwingUtilities.invokeAndWait(
        () -> menuItem(KeyStroke.getKeyStroke(KeyEvent.VK_1, InputEvent.CTRL_DOWN_MASK)).doClick());
    SwingUtilities.invokeAndWait(
        () -> menuItem(KeyStroke.getKeyStroke(KeyEvent.VK_1, InputEvent.CTRL_DOWN_MASK)).doClick());
    assertThat(first.viewsBuilt).hasValue(1);
    assertThat(saved.get().lastLab()).isEqualTo("first");
  }

  @Test
  void ctrlZeroOpensTheTenthLab() throws Exception {
    List<Lab> ten = new ArrayList<>();
    for (int rank = 1; rank <= 10; rank++) {
      ten.add(new FakeLab("lab" + rank, rank));
    }
    open(ten, "lab1");
    Edt.run(
        () -> menuItem(KeyStroke.getKeyStroke(KeyEvent.VK_0, InputEvent.CTRL_DOWN_MASK)).doClick());
    assertThat(saved.get().lastLab()).isEqualTo("lab10");
    assertThat(Edt.call(() -> ((JTabbedPane) window.tabs().component()).getTitleAt(9)))
        .startsWith("0  ");
  }

  @Test
  void shortcutsWorkAgainAfterADialogIsClosedWithEsc() throws Exception {
    open("first");
    Edt.await("the window to have the focus", () -> focusIsIn(window.frame()));
    JDialog help =
        Edt.call(
            () -> {
              JDialog d = window.labHelp();
              d.setVisible(true);
              return d;
            });
    Edt.await("the help to take the focus", () -> focusIsIn(help));
    Edt.run(() -> press(help.getRootPane(), KeyEvent.VK_ESCAPE, 0));
    Edt.await("the focus to come back to the window", () -> focusIsIn(window.frame()));
    Edt.run(
        () ->
            press(
                KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner(),
                KeyEvent.VK_2,
                InputEvent.CTRL_DOWN_MASK));
    assertThat(saved.get().lastLab()).isEqualTo("second");
  }

  private static boolean focusIsIn(Window w) {
    Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
    return owner != null && (owner == w || SwingUtilities.getWindowAncestor(owner) == w);
  }

  /** Types a key on {@code c} through the key event path: bindings and menu accelerators. */
  private static void press(Component c, int key, int modifiers) {
    c.dispatchEvent(
        new KeyEvent(
            c,
            KeyEvent.KEY_PRESSED,
            System.currentTimeMillis(),
            modifiers,
            key,
            KeyEvent.CHAR_UNDEFINED));
  }

  @Test
  void themeSwitchIsRemembered() throws Exception {
    open(null);
    KeyStroke toggle =
        KeyStroke.getKeyStroke(
            KeyEvent.VK_T, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK);
    SwingUtilities.invokeAndWait(() -> menuItem(toggle).doClick());
    assertThat(saved.get().theme()).isEqualTo(Theme.dark);
    SwingUtilities.invokeAndWait(() -> menuItem(toggle).doClick());
    assertThat(saved.get().theme()).isEqualTo(Theme.light);
  }

  @Test
  void statusBarShowsARunningTaskAndItsCancelStopsIt() throws Exception {
    open("first");
    CountDownLatch started = new CountDownLatch(1);
    var handle =
        tasks.submit(
            "Counting sheep",
            p -> {
              p.report(1, 4, "sheep 1");
              started.countDown();
              while (true) {
                p.checkCancelled();
                Thread.sleep(5);
              }
            });
    started.await(120, TimeUnit.SECONDS);
    assertThat(waitForStatus("Counting sheep: sheep 1")).isTrue();
    SwingUtilities.invokeAndWait(
        () -> Components.button(window.frame().getContentPane(), "Cancel").doClick());
    assertThat(handle.result()).failsWithin(120, TimeUnit.SECONDS);
    assertThat(waitForStatus("Ready")).isTrue();
  }

  private boolean waitForStatus(String text) throws Exception {
    for (int i = 0; i < 300; i++) {
      AtomicReference<Boolean> found = new AtomicReference<>(false);
      SwingUtilities.invokeAndWait(
          () -> found.set(Components.showsLabel(window.frame().getContentPane(), text)));
      if (found.get()) {
        return true;
      }
      Thread.sleep(10);
    }
    return false;
  }

  private JMenuItem menuItem(KeyStroke key) {
    var bar = window.frame().getJMenuBar();
    for (int m = 0; m < bar.getMenuCount(); m++) {
      for (java.awt.Component c : bar.getMenu(m).getMenuComponents()) {
        if (c instanceof JMenuItem item && key.equals(item.getAccelerator())) {
          return item;
        }
      }
    }
    throw new AssertionError("no menu item for " + key);
  }
}
