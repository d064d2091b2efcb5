package dev.learninglab.labs.captioning.model;

import java.util.List;

/**
 * One step of greedy decoding, for stepping through it: the word chosen, the five most probable
 * next words with their probabilities, and (v3 only, else null) the attention over the encoder's
 * {@code grid × grid} cells, row by row.
 */
public record DecodingStep(
    String word,
    List<String> topWords,
    List<Double> topProbabilities,
    float[] attention,
    int grid) {}
