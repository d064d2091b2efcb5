package dev.learninglab.labs.audio.model;

import java.util.List;

/**
 * A pitch as a learner meets it: the nearest equal-tempered note (A4 = 440 Hz, octaves change at C,
 * middle C = C4 = MIDI 60), how far the frequency lies from it in cents, and the note's other
 * spellings (C♯4 = D♭4).
 */
public record Note(
    String input,
    double frequency,
    double exactMidi,
    int midi,
    String name,
    String pitchClass,
    int octave,
    double cents,
    double noteFrequency,
    List<String> enharmonics) {}
