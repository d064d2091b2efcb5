package dev.learninglab.archfixture.broken.labs.messy.model;

import dev.learninglab.archfixture.broken.labs.messy.cli.ViewUsingCommand;

/** Breaks the direction: a model that calls its command. */
public final class CommandUsingModel {
  final ViewUsingCommand command = new ViewUsingCommand();
}
