package dev.learninglab.labs.gauntlet.model;

/**
 * A value the learner produced, as the probe described it (JSON), with a base64 PNG when it is a
 * chart: what the lab shows under the editor.
 */
public record Shown(String expression, String json, String pngBase64) {}
