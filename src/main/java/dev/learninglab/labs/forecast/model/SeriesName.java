package dev.learninglab.labs.forecast.model;

/**
 * How a series was asked for: "goog", "vix" or a file path with its columns (null: the defaults),
 * kept in a model's card so evaluation reads the same series again.
 */
public record SeriesName(String series, String dateColumn, String valueColumn) {}
