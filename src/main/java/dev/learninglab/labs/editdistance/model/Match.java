package dev.learninglab.labs.editdistance.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The best match found for one package of the first list.
 *
 * @param pkg the package line, normalised
 * @param best the closest line of the second list, normalised
 * @param distance their edit distance
 * @param correct whether both name the same package
 */
public record Match(
    @JsonProperty("package") String pkg, String best, long distance, boolean correct) {}
