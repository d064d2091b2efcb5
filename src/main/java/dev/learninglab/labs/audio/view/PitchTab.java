package dev.learninglab.labs.audio.view;

import static dev.learninglab.labs.audio.model.AudioTexts.T;

import dev.learninglab.core.view.FittedTable;
import dev.learninglab.core.view.Localized;
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
      new DefaultTableModel(0, 5) {
        @Override
        public boolean isCellEditable(int row, int column) {
          return false;
        }

        @Override
        public String getColumnName(int column) {
          return switch (column) {
            case 0 -> T.get("audio.pitch.col.note");
            case 1 -> T.get("audio.pitch.col.also");
            case 2 -> T.get("audio.pitch.col.octave");
            case 3 -> "MIDI";
            default -> T.get("audio.pitch.col.frequency");
          };
        }
      };
  private final JTable octaveTable = new FittedTable(octave);
  private final Consumer<Double> play;
  // shows the current result again, in the new language after a switch
  private Runnable shown = () -> convert(false);

  PitchTab(Consumer<Double> play) {
    super(new BorderLayout(0, 8));
    this.play = play;
    keyboard = new Keyboard(48, 3, midi -> show(Notes.fromFrequency(Notes.midiToHz(midi)), true));
    JPanel row = Toolbars.row();
    row.add(Localized.text(new JLabel(), () -> T.get("audio.pitch.input")));
    row.add(input);
    JButton go = Localized.text(new JButton(), () -> T.get("audio.pitch.convert"));
    JButton listen = Localized.text(new JButton(), () -> T.get("audio.pitch.play"));
    row.add(go);
    row.add(listen);
    go.addActionListener(e -> convert(false));
    input.addActionListener(e -> convert(false));
    listen.addActionListener(e -> convert(true));
    result.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
    JLabel help =
        Localized.text(new JLabel(), () -> "<html>" + T.get("audio.pitch.help") + "</html>");
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
    Localized.whenChanged(this, "result", () -> shown.run());
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
      shown = () -> convert(false);
    }
  }

  private void show(Note n, boolean sound) {
    shown = () -> show(n, false);
    String name = "<b>" + Notes.pretty(n.name()) + "</b>";
    String hz = String.format(Locale.ROOT, "%.2f", n.noteFrequency());
    String spellings = String.join(" = ", n.enharmonics().stream().map(Notes::pretty).toList());
    result.setText(
        "<html>"
            + (Math.abs(n.cents()) < 0.05
                ? T.get("audio.pitch.result", name, n.midi(), n.octave(), hz, spellings)
                : T.get(
                    "audio.pitch.resultOff",
                    name,
                    n.midi(),
                    n.octave(),
                    hz,
                    spellings,
                    String.format(Locale.ROOT, "%.2f", n.frequency()),
                    String.format(Locale.ROOT, "%+.1f", n.cents())))
            + "</html>");
    keyboard.select(n.midi());
    fillOctave(n.octave());
    if (sound) {
      play.accept(n.frequency());
    }
  }
}
