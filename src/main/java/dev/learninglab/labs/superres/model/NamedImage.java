package dev.learninglab.labs.superres.model;

/** A picture and the file name it came from. */
public record NamedImage(String name, RgbImage image) {}
