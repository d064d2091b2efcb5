package dev.learninglab.cli;

import dev.learninglab.core.io.Quote;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception from a subcommand into one readable line on stderr and exit code 1: bad input
 * is the learner's message, not a stack trace. {@code LEARNING_LAB_DEBUG=1} shows the trace too.
 */
final class FriendlyErrors implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    Throwable shown = e;
    // invokeAndWait and futures wrap the real error: show the learner the one that says what
    // happened
    while ((shown instanceof java.lang.reflect.InvocationTargetException
            || shown instanceof java.util.concurrent.ExecutionException)
        && shown.getCause() != null) {
      shown = shown.getCause();
    }
    String message =
        shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
    cl.getErr().println(cl.getCommandSpec().qualifiedName() + ": " + Quote.terminalSafe(message));
    if ("1".equals(System.getenv("LEARNING_LAB_DEBUG"))) {
      e.printStackTrace(cl.getErr());
    }
    return 1;
  }
}
