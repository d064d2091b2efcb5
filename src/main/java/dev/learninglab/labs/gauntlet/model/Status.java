package dev.learninglab.labs.gauntlet.model;

/** How a section came out; the lower-case names are the CLI's JSON values. */
public enum Status {
  pass,
  fail,
  error,
  timeout,
  empty
}
