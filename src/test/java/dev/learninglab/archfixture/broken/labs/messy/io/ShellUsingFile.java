package dev.learninglab.archfixture.broken.labs.messy.io;

import dev.learninglab.archfixture.broken.shell.Window;

/** Breaks the layering: a lab that reaches up into the shell. */
public final class ShellUsingFile {
  final Window window = new Window();
}
