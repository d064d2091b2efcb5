package dev.learninglab.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception from a subcommand into one readable line on stderr and exit code 1:
 * bad input is the learner's message, not a stack trace. {@code LEARNING_LAB_DEBUG=1} shows the
 * trace too.
 */
final class FriendlyErrors implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    cl.getErr().println("learning-lab " + cl.getCommandName() + ": " + message);
    if ("1".equals(System.getenv("LEARNING_LAB_DEBUG"))) {
      e.printStackTrace(cl.getErr());
    }
    return 1;
  }
}
