package dev.learninglab.labs.editdistance.model;

import java.util.List;

/**
 * One call of the tutorial's recursion, for drawing its call tree: the two suffixes it was called
 * with, the cost it returned, the branch it took and the calls it made.
 *
 * @param choice {@code keep}, {@code insert}, {@code delete}, {@code substitute}, or {@code base}
 *     for a call where one suffix is empty
 */
public record RecursionNode(
    String source, String target, long cost, String choice, List<RecursionNode> children) {

  public RecursionNode {
    children = List.copyOf(children);
  }
}
