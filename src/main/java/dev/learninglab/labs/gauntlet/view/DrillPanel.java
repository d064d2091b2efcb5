package dev.learninglab.labs.gauntlet.view;

import static dev.learninglab.labs.gauntlet.model.GauntletTexts.T;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.labs.gauntlet.model.Checker;
import dev.learninglab.labs.gauntlet.model.Pack;
import dev.learninglab.labs.gauntlet.model.Packs;
import dev.learninglab.labs.gauntlet.model.Section;
import dev.learninglab.labs.gauntlet.model.SectionCode;
import dev.learninglab.labs.gauntlet.model.SectionResult;
import dev.learninglab.labs.gauntlet.model.TemplateDraft;
import dev.learninglab.labs.gauntlet.model.Templates;
import dev.learninglab.labs.gauntlet.model.history.DrillSession;
import dev.learninglab.labs.gauntlet.model.history.SessionRecord;
import dev.learninglab.labs.gauntlet.model.history.SessionSummary;
import dev.learninglab.labs.gauntlet.model.history.Spacing;
import java.awt.BorderLayout;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.Timer;
import javax.swing.plaf.basic.BasicSplitPaneUI;

/**
 * The Drill tab: toolbar, editor and results. Runs go to the {@link Checker} as background tasks; a
 * session ({@link DrillSession}) times the focused section, records runs and peeks, and is handed
 * to {@code onFinish} when the learner finishes.
 */
final class DrillPanel {
  private final LabContext context;
  private final GauntletState state;
  private final Consumer<SessionRecord> onFinish;
  private final DrillControls controls = new DrillControls();
  private final CodeEditor editor = new CodeEditor(this::run);
  private final ResultPane results = new ResultPane();
  private final JPanel panel = new JPanel(new BorderLayout());
  private final Timer tick = new Timer(1000, e -> showTime());
  private Checker checker;
  private Pack pack;
  private TemplateDraft draft;
  private int shownSection;
  private boolean filling;
  private DrillSession session;
  private CompletableFuture<SectionResult> lastRun = CompletableFuture.completedFuture(null);

  DrillPanel(LabContext context, GauntletState state, Consumer<SessionRecord> onFinish) {
    this.context = context;
    this.state = state;
    this.onFinish = onFinish;
    JSplitPane split =
        new JSplitPane(JSplitPane.VERTICAL_SPLIT, editor.component(), results.component());
    split.setResizeWeight(0.7); // the editor is where the learner works; results need less
    placeDividerOnResize(split);
    panel.add(controls.bar(), BorderLayout.NORTH);
    panel.add(split, BorderLayout.CENTER);
    controls.pack.setSelectedItem(state.settings().pack());
    controls.limit.setValue(state.settings().timeLimitSeconds());
    controls.openAtLaunch.setSelected(state.settings().openAtLaunchWhenNotDone());
    wire();
    openPack(state.settings().pack());
  }

  JComponent component() {
    return panel;
  }

  /**
   * Sizes the result pane by {@link ResultHeight} whenever the split changes size (after its own
   * layout has shared the change by the resize weight), until the learner takes the divider: from
   * then on it stays where they put it.
   */
  private static void placeDividerOnResize(JSplitPane split) {
    boolean[] learnerMoved = {false};
    if (split.getUI() instanceof BasicSplitPaneUI ui) {
      ui.getDivider()
          .addMouseListener(
              new MouseAdapter() {
                @Override
                public void mousePressed(MouseEvent e) {
                  learnerMoved[0] = true;
                }
              });
    }
    split.addComponentListener(
        new ComponentAdapter() {
          @Override
          public void componentResized(ComponentEvent e) {
            if (!learnerMoved[0]) {
              int height = split.getHeight() - split.getDividerSize();
              split.setDividerLocation(height - ResultHeight.in(height));
            }
          }
        });
  }

  CodeEditor editor() {
    return editor;
  }

  ResultPane results() {
    return results;
  }

  DrillControls controls() {
    return controls;
  }

  CompletableFuture<SectionResult> lastRun() {
    return lastRun;
  }

  void close() {
    tick.stop();
    if (checker != null) {
      checker.close();
    }
  }

  private void wire() {
    controls.run.addActionListener(e -> run());
    controls.stop.addActionListener(e -> checker.stop());
    controls.peek.addActionListener(e -> peek());
    controls.start.addActionListener(e -> start());
    controls.finish.addActionListener(e -> finish());
    controls.pack.addActionListener(
        e -> {
          String id = (String) controls.pack.getSelectedItem();
          if (pack != null && !pack.id().equals(id)) {
            state.saveSettings(state.settings().withPack(id));
            openPack(id);
          }
        });
    controls.wholeTemplate.addActionListener(e -> showEditor());
    controls.section.addActionListener(
        e -> {
          DrillControls.SectionChoice c =
              (DrillControls.SectionChoice) controls.section.getSelectedItem();
          if (filling || c == null) {
            return;
          }
          if (controls.wholeTemplate.isSelected()) {
            editor.goToLine(draft.section(c.number()).firstLine() - 1);
          } else if (c.number() != shownSection) {
            showEditor();
          }
        });
    controls.weakFirst.addActionListener(e -> fillSections());
    controls.limit.addChangeListener(
        e ->
            state.saveSettings(
                state.settings().withTimeLimit((Integer) controls.limit.getValue())));
    controls.openAtLaunch.addActionListener(
        e ->
            state.saveSettings(
                state.settings().withOpenAtLaunch(controls.openAtLaunch.isSelected())));
    editor
        .area()
        .addCaretListener(
            e -> {
              if (session != null && controls.wholeTemplate.isSelected()) {
                session.focus(currentSection());
              }
            });
  }

  private void openPack(String id) {
    if (checker != null) {
      Checker old = checker;
      context
          .tasks()
          .submit(
              T.get("gauntlet.task.close", old.pack().id()),
              p -> {
                old.close();
                return null;
              });
    }
    pack = Packs.load(id);
    checker = Checker.open(pack);
    draft = new TemplateDraft(Templates.blank(pack));
    fillSections();
    display();
    warmUp();
  }

  private void warmUp() {
    Checker c = checker;
    long t0 = System.nanoTime();
    Localized.text(controls.vm, () -> T.get("gauntlet.vm.starting"));
    OnEdt.after(
        context
            .tasks()
            .submit(
                T.get("gauntlet.task.warm"),
                p -> {
                  c.warmUp();
                  return null;
                }),
        v -> {
          double seconds = (System.nanoTime() - t0) / 1e9;
          Localized.text(controls.vm, () -> T.get("gauntlet.vm.ready", seconds));
          context
              .tasks()
              .submit(
                  T.get("gauntlet.task.prepare"),
                  p -> {
                    c.prepare();
                    return null;
                  });
        },
        end -> {
          Localized.text(controls.vm, () -> T.get("gauntlet.vm.failed", end.message()));
        });
  }

  private void fillSections() {
    List<Integer> order =
        controls.weakFirst.isSelected()
            ? Spacing.order(
                    state.sessions(), pack.id(), pack.sections().size(), LocalDate.now(), 120)
                .stream()
                .map(Spacing.Schedule::section)
                .toList()
            : pack.sections().stream().map(Section::number).toList();
    filling = true;
    controls.section.removeAllItems();
    for (int n : order) {
      controls.section.addItem(
          new DrillControls.SectionChoice(n, n + ". " + pack.section(n).title()));
    }
    filling = false;
  }

  /** Puts the editor's text back into the draft, then shows the whole template or one section. */
  private void showEditor() {
    commitEditor();
    display();
  }

  private void display() {
    if (controls.wholeTemplate.isSelected()) {
      shownSection = 0;
      editor.show(draft.text(), 1);
    } else {
      DrillControls.SectionChoice c =
          (DrillControls.SectionChoice) controls.section.getSelectedItem();
      shownSection = c == null ? 1 : c.number();
      SectionCode code = draft.section(shownSection);
      editor.show(code.code(), code.firstLine());
      if (session != null) {
        session.focus(shownSection);
      }
    }
  }

  private void commitEditor() {
    if (draft == null) {
      return;
    }
    if (shownSection == 0) {
      draft.setText(editor.text());
    } else {
      draft.replaceSection(shownSection, editor.text());
    }
  }

  /** The section being worked on: the one shown, or the one the caret is in. */
  int currentSection() {
    if (shownSection > 0) {
      return shownSection;
    }
    return new TemplateDraft(editor.text()).sectionAt(editor.caretLine());
  }

  void run() {
    int n = currentSection();
    if (n == 0) {
      results.showMessage(() -> T.get("gauntlet.run.noSection"));
      return;
    }
    commitEditor();
    SectionCode code =
        shownSection > 0
            ? new SectionCode(n, editor.text(), editor.firstLineNumber())
            : draft.section(n);
    Duration limit = Duration.ofSeconds((Integer) controls.limit.getValue());
    Checker c = checker;
    editor.clearError();
    results.showRunning(() -> T.get("gauntlet.running", n));
    controls.run.setEnabled(false);
    controls.stop.setEnabled(true);
    CompletableFuture<SectionResult> done = new CompletableFuture<>();
    lastRun = done;
    OnEdt.after(
        context.tasks().submit(T.get("gauntlet.task.section", n), p -> c.run(code, limit, true)),
        r -> {
          runEnded();
          showResult(n, r);
          done.complete(r);
        },
        end -> {
          runEnded();
          results.showMessage(() -> T.get("gauntlet.run.failed", end.message()));
          done.completeExceptionally(
              end instanceof TaskEnd.Failed failed
                  ? failed.failure()
                  : new CancellationException("cancelled"));
        });
  }

  private void runEnded() {
    controls.run.setEnabled(true);
    controls.stop.setEnabled(false);
  }

  private void showResult(int n, SectionResult r) {
    if (session != null) {
      session.recordRun(n, r.passed());
    }
    results.show(r, pack.section(n), r.passed());
    if (r.errorLine() > 0) {
      editor.markError(r.errorLine());
    }
  }

  private void peek() {
    int n = currentSection();
    if (n == 0) {
      results.showMessage(() -> T.get("gauntlet.peek.noSection"));
      return;
    }
    if (session != null) {
      session.recordPeek(n);
    }
    results.showReference(pack.section(n));
  }

  private void start() {
    // no section's time runs until the learner is in one (the caret may sit on the header)
    session =
        new DrillSession(
            pack.id(), pack.sections().size(), DrillSession.NO_SECTION, Clock.systemDefaultZone());
    draft = new TemplateDraft(Templates.blank(pack));
    filling = true;
    controls.section.setSelectedIndex(0);
    filling = false;
    display();
    session.focus(currentSection());
    controls.start.setEnabled(false);
    controls.finish.setEnabled(true);
    controls.pack.setEnabled(false);
    tick.start();
    showTime();
  }

  private void finish() {
    SessionRecord record = session.finish();
    session = null;
    tick.stop();
    showTime();
    String took =
        SessionClock.format(Duration.between(record.started(), record.finished()).toSeconds());
    Localized.text(controls.timer, () -> T.get("gauntlet.clock.finished", took));
    controls.start.setEnabled(true);
    controls.finish.setEnabled(false);
    controls.pack.setEnabled(true);
    List<SessionRecord> history = state.sessions();
    results.showSummary(
        () -> record.complete() ? T.get("gauntlet.finished.full") : T.get("gauntlet.finished"),
        () -> String.join("\n", SessionSummary.lines(record, history)));
    onFinish.accept(record);
  }

  private void showTime() {
    if (session == null) {
      Localized.text(controls.timer, () -> T.get("gauntlet.clock.idle"));
      controls.timer.setFont(controls.timer.getFont().deriveFont(java.awt.Font.PLAIN));
      controls.timer.setForeground(null);
      return;
    }
    int n = Math.max(currentSection(), 1);
    // bold and in the accent colour while it runs, so a glance shows the clock is on
    controls.timer.setFont(controls.timer.getFont().deriveFont(java.awt.Font.BOLD));
    controls.timer.setForeground(javax.swing.UIManager.getColor("ProgressBar.foreground"));
    String total = SessionClock.format(session.elapsedSeconds());
    String onSection = SessionClock.format(session.secondsOn(n));
    Localized.text(controls.timer, () -> T.get("gauntlet.clock.running", total, n, onSection));
  }
}
