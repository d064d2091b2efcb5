package dev.learninglab.labs.gauntlet.view;

import static dev.learninglab.labs.gauntlet.model.GauntletTexts.T;

import dev.learninglab.core.io.LabHome;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.lab.RenderAware;
import dev.learninglab.core.view.Localized;
import dev.learninglab.labs.gauntlet.model.history.SessionRecord;
import java.awt.BorderLayout;
import java.awt.Window;
import java.awt.event.HierarchyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;

/**
 * The Gauntlet lab: a Drill tab (template editor, Run, session) and a Progress tab (streak,
 * calendar, time per section, weak sections first). The JShell VM starts in the background as soon
 * as the view is built, and its state shows in the Drill tab; the view itself is drawn at once, so
 * {@link #rendered()} is complete from the start (a run waits for the VM by itself).
 */
public final class GauntletView extends JPanel implements RenderAware {
  private final GauntletState state = new GauntletState(LabHome.dir().resolve("gauntlet"));
  private final DrillPanel drill;
  private final ProgressPanel progress;

  public GauntletView(LabContext context) {
    super(new BorderLayout());
    progress = new ProgressPanel(state);
    drill = new DrillPanel(context, state, this::store);
    JTabbedPane tabs = new JTabbedPane();
    tabs.addTab("", drill.component());
    tabs.addTab("", progress.component());
    Localized.tab(tabs, drill.component(), () -> T.get("gauntlet.tab.drill"));
    Localized.tab(tabs, progress.component(), () -> T.get("gauntlet.tab.progress"));
    add(tabs, BorderLayout.CENTER);
    Runtime.getRuntime().addShutdownHook(new Thread(drill::close, "gauntlet-close-jshell"));
    closeWithTheWindow();
  }

  /**
   * Ends the JShell VM when the window that shows this view is disposed, so that no VM goes on
   * computing expected values for a window that is gone (a second window, a test's).
   */
  private void closeWithTheWindow() {
    addHierarchyListener(
        e -> {
          if ((e.getChangeFlags() & HierarchyEvent.DISPLAYABILITY_CHANGED) != 0
              && isDisplayable()) {
            Window w = SwingUtilities.getWindowAncestor(this);
            if (w != null) {
              w.addWindowListener(
                  new WindowAdapter() {
                    @Override
                    public void windowClosed(WindowEvent closed) {
                      new Thread(drill::close, "gauntlet-close-jshell").start();
                    }
                  });
            }
          }
        });
  }

  @Override
  public CompletionStage<?> rendered() {
    return CompletableFuture.completedFuture(null);
  }

  /** For tests: the Drill tab. */
  DrillPanel drill() {
    return drill;
  }

  /** For tests: the Progress tab. */
  ProgressPanel progress() {
    return progress;
  }

  private void store(SessionRecord record) {
    state.added(record);
    progress.refresh();
    new Thread(
            () -> {
              try {
                state.store().append(record);
              } catch (IOException e) {
                SwingUtilities.invokeLater(
                    () -> {
                      state.problem(
                          T.get(
                              "gauntlet.saveFailed",
                              LabHome.dir().resolve("gauntlet").toString(),
                              e.getMessage()));
                      progress.refresh();
                    });
              }
            },
            "gauntlet-save")
        .start();
  }
}
