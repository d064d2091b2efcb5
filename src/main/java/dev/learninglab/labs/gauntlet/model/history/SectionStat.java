package dev.learninglab.labs.gauntlet.model.history;

/**
 * How one section went in one session: seconds spent on it, runs, whether the first run passed,
 * whether it passed in the end, and whether the learner peeked at the reference.
 */
public record SectionStat(
    int number, long seconds, int runs, boolean firstTryPass, boolean passed, boolean peeked) {}
