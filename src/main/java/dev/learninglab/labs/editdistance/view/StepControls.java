package dev.learninglab.labs.editdistance.view;

import static dev.learninglab.labs.editdistance.model.EditDistanceTexts.T;

import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.core.view.WrapLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BoxLayout;
import javax.swing.InputMap;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.KeyStroke;
import javax.swing.Timer;

/**
 * Step / Back / Play-Pause (with a speed slider) / Jump to end / Reset, and their keys: Right or
 * Space steps, Left goes back, P plays or pauses, End jumps, Home resets. The keys work while the
 * grid has the focus.
 */
final class StepControls extends JPanel {
  /** What the buttons drive. */
  interface Target {
    /** Fills the next cell; false when there is none. */
    boolean step();

    void back();

    void jumpToEnd();

    void reset();
  }

  final JButton stepButton = button("editdistance.step.next", "editdistance.step.next.tip");
  final JButton backButton = button("editdistance.step.back", "editdistance.step.back.tip");
  final JButton playButton = button("editdistance.step.play", "editdistance.step.play.tip");
  final JButton endButton = button("editdistance.step.end", "editdistance.step.end.tip");
  final JButton resetButton = button("editdistance.step.reset", "editdistance.step.reset.tip");
  final JSlider speed = new JSlider(1, 20, 6);
  private final Timer timer;

  /** Key code and action pairs, bound on the grid by {@link #bindKeys}. */
  private final Object[][] keys;

  StepControls(Target target) {
    super();
    setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
    timer =
        new Timer(
            delay(),
            e -> {
              if (!target.step()) {
                pause();
              }
            });
    Action step = action(() -> target.step());
    Action back = action(target::back);
    Action play = action(this::togglePlay);
    Action end =
        action(
            () -> {
              pause();
              target.jumpToEnd();
            });
    Action reset =
        action(
            () -> {
              pause();
              target.reset();
            });
    stepButton.addActionListener(step);
    backButton.addActionListener(back);
    playButton.addActionListener(play);
    endButton.addActionListener(end);
    resetButton.addActionListener(reset);
    Localized.tip(speed, () -> T.get("editdistance.step.speed.tip"));
    speed.addChangeListener(e -> timer.setDelay(delay()));
    // two fixed rows rather than one that wraps: the buttons, then the speed they play at
    JPanel buttons = new JPanel(new WrapLayout(FlowLayout.LEFT, 4, 2));
    buttons.add(stepButton);
    buttons.add(backButton);
    buttons.add(playButton);
    buttons.add(endButton);
    buttons.add(resetButton);
    add(leftAligned(buttons));
    JPanel pace = Toolbars.row();
    pace.add(Toolbars.labelled(() -> T.get("editdistance.step.speed"), speed));
    add(leftAligned(pace));
    keys =
        new Object[][] {
          {KeyEvent.VK_RIGHT, step}, {KeyEvent.VK_SPACE, step}, {KeyEvent.VK_LEFT, back},
          {KeyEvent.VK_P, play}, {KeyEvent.VK_END, end}, {KeyEvent.VK_HOME, reset}
        };
  }

  /** Binds the keys on {@code c} (the grid) so they act while it has the focus. */
  void bindKeys(JComponent c) {
    InputMap in = c.getInputMap(JComponent.WHEN_FOCUSED);
    for (Object[] k : keys) {
      String name = "edit-distance-" + k[0];
      in.put(KeyStroke.getKeyStroke((Integer) k[0], 0), name);
      c.getActionMap().put(name, (Action) k[1]);
    }
  }

  /**
   * Enables the buttons while there is a grid to step through, disables them while there is not.
   */
  void setGridShown(boolean shown) {
    if (!shown) {
      pause();
    }
    for (JComponent c :
        new JComponent[] {stepButton, backButton, playButton, speed, endButton, resetButton}) {
      c.setEnabled(shown);
    }
  }

  private static JButton button(String key, String tipKey) {
    return Localized.tip(Localized.text(new JButton(), () -> T.get(key)), () -> T.get(tipKey));
  }

  boolean playing() {
    return timer.isRunning();
  }

  void pause() {
    timer.stop();
    Localized.text(playButton, () -> T.get("editdistance.step.play"));
  }

  private void togglePlay() {
    if (timer.isRunning()) {
      pause();
    } else {
      timer.start();
      Localized.text(playButton, () -> T.get("editdistance.step.pause"));
    }
  }

  private int delay() {
    return 1000 / speed.getValue();
  }

  private static Action action(Runnable r) {
    return new AbstractAction() {
      @Override
      public void actionPerformed(ActionEvent e) {
        r.run();
      }
    };
  }

  private static JComponent leftAligned(JComponent c) {
    c.setAlignmentX(Component.LEFT_ALIGNMENT);
    return c;
  }
}
