package dev.learninglab.labs.audio.model;

import static dev.learninglab.labs.audio.model.AudioTexts.T;

import dev.learninglab.core.io.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Frequency ↔ note name ↔ MIDI number, as librosa's {@code hz_to_note}/{@code note_to_hz} (sharps
 * by default, octaves numbered from C, A4 = 440 Hz).
 *
 * <pre>{@code
 * Notes.parse("Db4").frequency();   // 277.18
 * Notes.fromFrequency(440).name();  // "A4"
 * }</pre>
 */
public final class Notes {
  /** Pitch classes with sharps, C first, as librosa's chroma rows. */
  public static final List<String> SHARPS =
      List.of("C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B");

  private static final List<String> FLATS =
      List.of("C", "Db", "D", "Eb", "E", "F", "Gb", "G", "Ab", "A", "Bb", "B");
  private static final int[] LETTER_SEMITONES = {9, 11, 0, 2, 4, 5, 7}; // A B C D E F G
  private static final Pattern NOTE = Pattern.compile("([A-Ga-g])([#♯b♭!]*)(-?\\d+)?");
  private static final Pattern FREQUENCY =
      Pattern.compile(
          "(\\d+(?:\\.\\d*)?|\\.\\d+)(?:e[+-]?\\d+)?\\s*(?:hz)?", Pattern.CASE_INSENSITIVE);

  private static final int MIN_OCTAVE = -10;
  private static final int MAX_OCTAVE = 20;

  private Notes() {}

  /** A frequency in Hz ("440", "261.6Hz") or a note name ("A4", "C#3", "Db5", "E"). */
  public static Note parse(String text) {
    String s = text.strip();
    if (FREQUENCY.matcher(s).matches()) {
      double hz = Double.parseDouble(s.replaceAll("(?i)\\s*hz$", ""));
      return fromFrequency(text, hz);
    }
    Matcher m = NOTE.matcher(s);
    if (!m.matches()) {
      throw new IllegalArgumentException(T.get("audio.note.neither", Quote.excerpt(text)));
    }
    int letter = Character.toUpperCase(m.group(1).charAt(0)) - 'A';
    int offset = 0;
    for (char c : m.group(2).toCharArray()) {
      offset += c == '#' || c == '♯' ? 1 : -1;
    }
    int octave = m.group(3) == null ? 4 : octave(text, m.group(3));
    int midi = LETTER_SEMITONES[letter] + offset + 12 * (octave + 1);
    return fromFrequency(text, midiToHz(midi));
  }

  /** The octave written after a note name; MIDI's range and some room either side. */
  private static int octave(String text, String digits) {
    int octave;
    try {
      octave = Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      octave = Integer.MAX_VALUE; // too many digits: refused below
    }
    if (octave < MIN_OCTAVE || octave > MAX_OCTAVE) {
      throw new IllegalArgumentException(
          T.get("audio.note.octave", Quote.excerpt(text), MIN_OCTAVE, MAX_OCTAVE));
    }
    return octave;
  }

  public static Note fromFrequency(double hz) {
    return fromFrequency(String.format(Locale.ROOT, "%s", hz), hz);
  }

  private static Note fromFrequency(String input, double hz) {
    if (Double.isInfinite(hz)) {
      throw new IllegalArgumentException(T.get("audio.note.tooLarge", Quote.excerpt(input)));
    }
    if (!(hz > 0)) {
      throw new IllegalArgumentException(T.get("audio.note.notPositive", Quote.excerpt(input)));
    }
    double exact = hzToMidi(hz);
    int midi = (int) Math.round(exact);
    int pc = Math.floorMod(midi, 12);
    int octave = Math.floorDiv(midi, 12) - 1;
    List<String> names = new ArrayList<>();
    names.add(SHARPS.get(pc) + octave);
    if (!FLATS.get(pc).equals(SHARPS.get(pc))) {
      names.add(FLATS.get(pc) + octave);
    }
    return new Note(
        input,
        hz,
        exact,
        midi,
        SHARPS.get(pc) + octave,
        SHARPS.get(pc),
        octave,
        100 * (exact - midi),
        midiToHz(midi),
        List.copyOf(names));
  }

  public static double hzToMidi(double hz) {
    return 12 * (Math.log(hz / 440.0) / Math.log(2)) + 69;
  }

  public static double midiToHz(double midi) {
    return 440.0 * Math.pow(2.0, (midi - 69) / 12.0);
  }

  /** "C♯4" for display: the ASCII sharp and flat replaced by the musical signs. */
  public static String pretty(String name) {
    return name.replace("#", "♯").replace("b", "♭");
  }
}
