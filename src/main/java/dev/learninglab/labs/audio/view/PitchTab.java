package dev.learninglab.labs.audio.view;

import dev.learninglab.core.view.FittedTable;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.labs.audio.model.Note;
import dev.learninglab.labs.audio.model.Notes;
import java.awt.BorderLayout;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.table.DefaultTableModel;

/**
 * Pitch helper: type a frequency or a note name, or click a key, to see note ↔ octave ↔ MIDI ↔
 * frequency and the enharmonic spellings; the key is played as a sine tone.
 */
final class PitchTab extends JPanel {
  final JTextField input = new JTextField("A4", 10);
  final JLabel result = new JLabel(" ");
  final Keyboard keyboard;
  final DefaultTableModel octave =
      new DefaultTableModel(
          new Object[] {"note", "also written", "octave", "MIDI", "frequency (Hz)"}, 0) {
        @Override
        public boolean isCellEditable(int row, int column) {
          return false;
        }
      };
  private final JTable octaveTable = new FittedTable(octave);
  private final Consumer<Double> play;

  PitchTab(Consumer<Double> play) {
    super(new BorderLayout(0, 8));
    this.play = play;
    keyboard = new Keyboard(48, 3, midi -> show(Notes.fromFrequency(Notes.midiToHz(midi)), true));
    JPanel row = Toolbars.row();
    row.add(new JLabel("Frequency (Hz) or note (A4, C#3, Db5):"));
    row.add(input);
    JButton go = new JButton("Convert");
    JButton listen = new JButton("Play");
    row.add(go);
    row.add(listen);
    go.addActionListener(e -> convert(false));
    input.addActionListener(e -> convert(false));
    listen.addActionListener(e -> convert(true));
    result.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
    JLabel help =
        new JLabel(
            "<html>Twelve pitch classes per octave: C, C♯/D♭, D, D♯/E♭, E, F, F♯/G♭, G, G♯/A♭, A,"
                + " A♯/B♭, B. A sharp raises a note by a semitone, a flat lowers it, so C♯ and D♭ are"
                + " the same key (enharmonic). Octave numbers change at C: middle C is C4 (MIDI 60,"
                + " 261.63 Hz); A4 is 440 Hz (MIDI 69). Each semitone multiplies the frequency by"
                + " 2^(1/12).</html>");
    help.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
    JPanel top = new JPanel(new BorderLayout());
    top.add(row, BorderLayout.NORTH);
    top.add(result, BorderLayout.CENTER);
    JPanel middle = new JPanel(new BorderLayout(0, 6));
    middle.add(keyboard, BorderLayout.NORTH);
    middle.add(new JScrollPane(octaveTable), BorderLayout.CENTER);
    add(top, BorderLayout.NORTH);
    add(middle, BorderLayout.CENTER);
    add(help, BorderLayout.SOUTH);
    convert(false);
  }

  /** The twelve notes of one octave, C to B. */
  private void fillOctave(int oct) {
    octave.setRowCount(0);
    for (int pc = 0; pc < 12; pc++) {
      int midi = 12 * (oct + 1) + pc;
      Note n = Notes.fromFrequency(Notes.midiToHz(midi));
      octave.addRow(
          new Object[] {
            Notes.pretty(n.name()),
            String.join(" = ", n.enharmonics().stream().skip(1).map(Notes::pretty).toList()),
            oct,
            midi,
            String.format(Locale.ROOT, "%.2f", n.noteFrequency())
          });
    }
  }

  private void convert(boolean sound) {
    try {
      show(Notes.parse(input.getText()), sound);
    } catch (IllegalArgumentException e) {
      result.setText(e.getMessage());
    }
  }

  private void show(Note n, boolean sound) {
    result.setText(
        String.format(
            Locale.ROOT,
            "<html><b>%s</b> — MIDI %d, octave %d, %.2f Hz%s. Also written: %s.</html>",
            Notes.pretty(n.name()),
            n.midi(),
            n.octave(),
            n.noteFrequency(),
            Math.abs(n.cents()) < 0.05
                ? ""
                : String.format(
                    Locale.ROOT, " (%.2f Hz is %+.1f cents from it)", n.frequency(), n.cents()),
            String.join(" = ", n.enharmonics().stream().map(Notes::pretty).toList())));
    keyboard.select(n.midi());
    fillOctave(n.octave());
    if (sound) {
      play.accept(n.frequency());
    }
  }
}
