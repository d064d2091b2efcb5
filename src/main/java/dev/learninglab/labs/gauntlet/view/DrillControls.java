package dev.learninglab.labs.gauntlet.view;

import static dev.learninglab.labs.gauntlet.model.GauntletTexts.T;

import dev.learninglab.core.view.Localized;
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
  final JCheckBox wholeTemplate =
      Localized.text(new JCheckBox("", true), () -> T.get("gauntlet.wholeTemplate"));
  final JCheckBox weakFirst = Localized.text(new JCheckBox(), () -> T.get("gauntlet.weakFirst"));
  final JButton start = Localized.text(new JButton(), () -> T.get("gauntlet.start"));
  final JButton finish = Localized.text(new JButton(), () -> T.get("gauntlet.finish"));
  final JLabel timer = Localized.text(new JLabel(), () -> T.get("gauntlet.clock.idle"));
  final JButton run = Localized.text(new JButton(), () -> T.get("gauntlet.run"));
  final JButton stop = Localized.text(new JButton(), () -> T.get("gauntlet.stop"));
  final JButton peek = Localized.text(new JButton(), () -> T.get("gauntlet.peek"));
  final JSpinner limit = new JSpinner(new SpinnerNumberModel(10, 1, 300, 1));
  final JCheckBox openAtLaunch =
      Localized.text(new JCheckBox(), () -> T.get("gauntlet.openAtLaunch"));
  final JLabel vm = Localized.text(new JLabel(), () -> T.get("gauntlet.vm.starting"));

  /** An entry of the section list: its number and title, with why it is where it is. */
  record SectionChoice(int number, String label) {
    @Override
    public String toString() {
      return label;
    }
  }

  DrillControls() {
    Localized.tip(run, () -> T.get("gauntlet.run.tip"));
    Localized.tip(stop, () -> T.get("gauntlet.stop.tip"));
    Localized.tip(peek, () -> T.get("gauntlet.peek.tip"));
    stop.setEnabled(false);
    finish.setEnabled(false);
    Localized.tip(limit, () -> T.get("gauntlet.limit.tip"));
    Localized.tip(start, () -> T.get("gauntlet.start.tip"));
    Localized.tip(finish, () -> T.get("gauntlet.finish.tip"));
    Localized.tip(timer, () -> T.get("gauntlet.clock.tip"));
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
    first.add(Toolbars.labelled(() -> T.get("gauntlet.pack"), pack));
    first.add(Toolbars.labelled(() -> T.get("gauntlet.section"), section));
    first.add(wholeTemplate);
    first.add(weakFirst);
    JPanel second = new JPanel(new WrapLayout(FlowLayout.LEFT, 6, 2));
    second.add(run);
    second.add(stop);
    second.add(peek);
    second.add(Toolbars.labelled(() -> T.get("gauntlet.limit"), limit));
    second.add(openAtLaunch);
    second.add(vm);
    rows.add(first);
    rows.add(second);
    return rows;
  }
}
