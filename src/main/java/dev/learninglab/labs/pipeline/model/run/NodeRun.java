package dev.learninglab.labs.pipeline.model.run;

/** One node's outcome in a run; {@code error} is null unless it failed. */
public record NodeRun(String name, NodeStatus status, double seconds, String error) {}
