package dev.learninglab.archfixture.broken.labs.messy.cli;

import dev.learninglab.archfixture.broken.labs.messy.view.MessyView;

/** Breaks the direction: a command that uses a view. */
public final class ViewUsingCommand {
  final MessyView view = new MessyView();
}
