package dev.learninglab.labs.gauntlet.model;

/**
 * One value the checker reads after a section ran: a Java expression such as {@code top5} or {@code
 * max3(3, 9, 4)}, compared with the same expression after the reference solution. {@code ordered}
 * says whether the prompt asks for a row (or point) order.
 */
public record Check(String expression, boolean ordered) {}
