package dev.learninglab.labs.gauntlet.model.run;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Feeds a block of source to JShell one complete snippet at a time, as the jshell tool does, and
 * turns the first rejection or exception into a message that names the template line.
 */
final class SnippetRunner {
  private final JShell shell;
  private final Map<String, Integer> snippetLines = new HashMap<>();

  SnippetRunner(JShell shell) {
    this.shell = shell;
  }

  /** A problem found while running: message and template line (0 if unknown). */
  record Problem(boolean compile, String message, int line) {}

  /**
   * Runs {@code code}, whose first line is template line {@code firstLine}; empty when all went
   * well.
   */
  Optional<Problem> run(String code, int firstLine) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String remaining = code;
    int consumed = 0;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
        break;
      }
      boolean complete = info.completeness().isComplete();
      String source = complete ? info.source() : remaining;
      int used = complete ? remaining.length() - info.remaining().length() : remaining.length();
      int start = consumed + startOf(remaining, source);
      int line = firstLine + countLines(code, start);
      Optional<Problem> problem = eval(source, line);
      if (problem.isPresent()) {
        return problem;
      }
      consumed += used;
      remaining = info.remaining();
      if (!complete) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * Evaluates a {@code String} expression; returns its value (JShell's quoted form) or the problem.
   * It is declared as a variable because JShell compiles a declaration of known type about twice as
   * fast as a bare expression, whose type it must first work out.
   */
  Result<String> string(String expression) {
    List<SnippetEvent> events = shell.eval("String $gauntletValue = " + expression + ";");
    for (SnippetEvent e : events) {
      if (e.causeSnippet() != null) {
        continue;
      }
      Optional<Problem> p = problemOf(e, 0);
      if (p.isPresent()) {
        return Result.failure(p.get());
      }
      return Result.success(e.value());
    }
    return Result.failure(new Problem(true, "`" + expression + "` is not an expression", 0));
  }

  /** A value or a problem. */
  record Result<T>(T value, Problem problem) {
    static <T> Result<T> success(T value) {
      return new Result<>(value, null);
    }

    static <T> Result<T> failure(Problem problem) {
      return new Result<>(null, problem);
    }
  }

  private Optional<Problem> eval(String source, int line) {
    for (SnippetEvent e : shell.eval(source)) {
      if (e.causeSnippet() == null) {
        snippetLines.put(e.snippet().id(), line);
        Optional<Problem> p = problemOf(e, line);
        if (p.isPresent()) {
          return p;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Problem> problemOf(SnippetEvent e, int line) {
    if (e.exception() != null) {
      return Optional.of(runtimeProblem(e.exception(), line));
    }
    Snippet s = e.snippet();
    if (e.status() == Snippet.Status.REJECTED) {
      List<Diag> diags = shell.diagnostics(s).filter(Diag::isError).toList();
      if (diags.isEmpty()) {
        return Optional.of(new Problem(true, "this code is not valid Java", line));
      }
      Diag d = diags.get(0);
      int at =
          d.getStartPosition() >= 0
              ? line + countLines(s.source(), (int) d.getStartPosition())
              : line;
      return Optional.of(new Problem(true, oneLine(d.getMessage(null)), at));
    }
    if (e.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED
        && s instanceof DeclarationSnippet decl) {
      String missing = shell.unresolvedDependencies(decl).collect(Collectors.joining(", "));
      return Optional.of(new Problem(true, "cannot find symbol: " + missing, line));
    }
    return Optional.empty();
  }

  private Problem runtimeProblem(Exception ex, int line) {
    String name;
    if (ex instanceof EvalException ee) {
      name = ee.getExceptionClassName();
    } else if (ex instanceof UnresolvedReferenceException ure) {
      String missing =
          shell.unresolvedDependencies(ure.getSnippet()).collect(Collectors.joining(", "));
      return new Problem(
          false,
          "`"
              + ure.getSnippet().name()
              + "` cannot run yet: it uses "
              + missing
              + ", which is not defined",
          line);
    } else {
      name = ex.getClass().getName();
    }
    int at = line;
    for (StackTraceElement el : ex.getStackTrace()) {
      String file = el.getFileName();
      if (file != null
          && file.startsWith("#")
          && snippetLines.containsKey(file.substring(1))
          && el.getLineNumber() > 0) {
        at = snippetLines.get(file.substring(1)) + el.getLineNumber() - 1;
        break;
      }
    }
    String message = ex.getMessage() == null ? name : name + ": " + ex.getMessage();
    return new Problem(false, message, at);
  }

  /**
   * javac's message on one line, without the "location: class" line that names JShell's nameless
   * wrapper class: "cannot find symbol; symbol: variable top5".
   */
  static String oneLine(String message) {
    return message
        .replaceAll("\\n\\s*location: class\\s*(?=\\n|$)", "")
        .strip()
        .replaceAll("\\s*\\n\\s*", "; ")
        .replaceAll(" {2,}", " ");
  }

  /**
   * Where {@code source} (possibly with a semicolon added) starts inside {@code text}: found by its
   * first characters of code, then moved back over the blank space it begins with.
   */
  private static int startOf(String text, String source) {
    int lead = 0;
    while (lead < source.length() && Character.isWhitespace(source.charAt(lead))) {
      lead++;
    }
    String head = source.substring(lead, Math.min(source.length(), lead + 20));
    int at = text.indexOf(head);
    return Math.max(at - lead, 0);
  }

  private static int countLines(String text, int end) {
    int lines = 0;
    for (int i = 0; i < Math.min(end, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
