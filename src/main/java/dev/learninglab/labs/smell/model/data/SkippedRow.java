package dev.learninglab.labs.smell.model.data;

/** A CSV row left out because its SMILES could not be read (row 0 = first data line). */
public record SkippedRow(int row, String smiles, String error) {}
