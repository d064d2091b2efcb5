package dev.learninglab.labs.gauntlet.model;

import static dev.learninglab.labs.gauntlet.model.GauntletTexts.T;

import dev.learninglab.labs.gauntlet.model.run.Evaluation;
import java.util.ArrayList;
import java.util.List;

/** Turns a run of the learner's code plus the expected values into a {@link SectionResult}. */
final class Verdicts {
  private Verdicts() {}

  static SectionResult of(Section section, Evaluation e, List<String> expected, long millis) {
    return switch (e.ending()) {
      case COMPILE_ERROR ->
          result(
              section,
              Status.error,
              e.line() > 0
                  ? T.get("gauntlet.check.compileAt", e.line(), e.message())
                  : T.get("gauntlet.check.compile", e.message()),
              millis,
              e,
              List.of());
      case RUNTIME_ERROR ->
          result(
              section,
              Status.error,
              e.line() > 0
                  ? T.get("gauntlet.check.threwAt", e.line(), e.message())
                  : T.get("gauntlet.check.threw", e.message()),
              millis,
              e,
              List.of());
      case TIMEOUT ->
          result(
              section,
              Status.timeout,
              T.get("gauntlet.check.timeout", e.message()),
              millis,
              e,
              List.of());
      case STOPPED ->
          result(section, Status.error, T.get("gauntlet.check.stopped"), millis, e, List.of());
      case VM_ENDED ->
          result(
              section,
              Status.error,
              T.get("gauntlet.check.vmEnded", e.message()),
              millis,
              e,
              List.of());
      case COMPLETED -> compare(section, e, expected, millis);
    };
  }

  private static SectionResult compare(
      Section section, Evaluation e, List<String> expected, long millis) {
    List<Check> checks = section.checks();
    List<String> problems = new ArrayList<>();
    List<Shown> shown = new ArrayList<>();
    boolean threw = false;
    for (int i = 0; i < checks.size(); i++) {
      Check check = checks.get(i);
      Evaluation.Probed actual = e.values().get(i);
      if (actual.json() == null) {
        threw |= actual.threw();
        problems.add(unreadable(check.expression(), actual));
        continue;
      }
      shown.add(new Shown(check.expression(), actual.json(), actual.png()));
      ResultDiff.diff(check, expected.get(i), actual.json()).ifPresent(problems::add);
    }
    if (problems.isEmpty()) {
      String pass =
          checks.size() == 1
              ? T.get("gauntlet.check.passOne", checks.get(0).expression())
              : T.get("gauntlet.check.passAll", checks.size());
      return result(section, Status.pass, pass, millis, e, shown);
    }
    String head =
        problems.size() == 1
            ? ""
            : T.get("gauntlet.check.wrongOf", problems.size(), checks.size()) + "\n";
    return result(
        section,
        threw ? Status.error : Status.fail,
        head + String.join("\n", problems),
        millis,
        e,
        shown);
  }

  private static String unreadable(String expression, Evaluation.Probed actual) {
    if (actual.threw()) {
      return T.get("gauntlet.check.valueThrew", expression, actual.error());
    }
    if (actual.error().equals("cannot find symbol; symbol: variable " + expression)) {
      return T.get("gauntlet.check.undefined", expression);
    }
    return T.get("gauntlet.check.unreadable", expression, actual.error());
  }

  private static SectionResult result(
      Section s, Status status, String message, long millis, Evaluation e, List<Shown> shown) {
    return new SectionResult(
        s.number(), s.title(), status, message, millis, e.output(), e.line(), shown);
  }
}
