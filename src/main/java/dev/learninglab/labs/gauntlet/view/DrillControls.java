package dev.learninglab.labs.gauntlet.view;

import dev.learninglab.core.view.Toolbars;
import dev.learninglab.core.view.WrapLayout;
import dev.learninglab.labs.gauntlet.model.Packs;
import java.awt.FlowLayout;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

/** The Drill tab's toolbar widgets; {@link DrillPanel} wires them. */
final class DrillControls {
  final JComboBox<String> pack = new JComboBox<>(Packs.IDS.toArray(String[]::new));
  final JComboBox<SectionChoice> section = new JComboBox<>();
  final JCheckBox wholeTemplate = new JCheckBox("Whole template", true);
  final JCheckBox weakFirst = new JCheckBox("Weak first");
  final JButton start = new JButton("Start");
  final JButton finish = new JButton("Finish");
  final JLabel timer = new JLabel("Clock not started");
  final JButton run = new JButton("Run ▶");
  final JButton stop = new JButton("Stop");
  final JButton peek = new JButton("Peek");
  final JSpinner limit = new JSpinner(new SpinnerNumberModel(10, 1, 300, 1));
  final JCheckBox openAtLaunch = new JCheckBox("Open at launch when today's is not done");
  final JLabel vm = new JLabel("JShell VM: starting…");

  /** An entry of the section list: its number and title, with why it is where it is. */
  record SectionChoice(int number, String label) {
    @Override
    public String toString() {
      return label;
    }
  }

  DrillControls() {
    run.setToolTipText("Run and check the section the caret is in (Ctrl+Enter)");
    stop.setToolTipText("Stop the running code");
    peek.setToolTipText("Show the reference for this section (recorded as a peek)");
    stop.setEnabled(false);
    finish.setEnabled(false);
    limit.setToolTipText("Time limit per run, seconds");
    start.setToolTipText("Start today's gauntlet: the clock runs until Finish");
    finish.setToolTipText("Stop the clock and record today's gauntlet");
    timer.setToolTipText("Total time · time on the section the caret is in");
  }

  JComponent bar() {
    JPanel rows = new JPanel();
    rows.setLayout(new javax.swing.BoxLayout(rows, javax.swing.BoxLayout.Y_AXIS));
    JPanel first = new JPanel(new WrapLayout(FlowLayout.LEFT, 6, 2));
    // the main action first (docs/ui-conventions.md): Start, then the clock it sets running
    first.add(start);
    first.add(finish);
    first.add(timer);
    first.add(Toolbars.separator());
    first.add(Toolbars.labelled("Pack", pack));
    first.add(Toolbars.labelled("Section", section));
    first.add(wholeTemplate);
    first.add(weakFirst);
    JPanel second = new JPanel(new WrapLayout(FlowLayout.LEFT, 6, 2));
    second.add(run);
    second.add(stop);
    second.add(peek);
    second.add(Toolbars.labelled("Limit (s)", limit));
    second.add(openAtLaunch);
    second.add(vm);
    rows.add(first);
    rows.add(second);
    return rows;
  }
}
