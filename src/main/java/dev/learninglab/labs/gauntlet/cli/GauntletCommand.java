package dev.learninglab.labs.gauntlet.cli;

import static dev.learninglab.labs.gauntlet.model.GauntletTexts.T;

import dev.learninglab.core.i18n.Columns;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.io.TextInput;
import dev.learninglab.labs.gauntlet.model.CheckReport;
import dev.learninglab.labs.gauntlet.model.Checker;
import dev.learninglab.labs.gauntlet.model.Pack;
import dev.learninglab.labs.gauntlet.model.Packs;
import dev.learninglab.labs.gauntlet.model.SectionResult;
import dev.learninglab.labs.gauntlet.model.Templates;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code learning-lab gauntlet}: the blank template, the filled one, and a headless check. */
@Command(
    name = "gauntlet",
    mixinStandardHelpOptions = true,
    description =
        "Daily code-from-memory drills: print a template, its solution, or check a filled one.",
    subcommands = {
      GauntletCommand.ListPacks.class,
      GauntletCommand.Template.class,
      GauntletCommand.Solution.class,
      GauntletCommand.CheckFile.class
    })
public final class GauntletCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Options shared by the three subcommands. */
  static class PackOption {
    @Option(
        names = "--pack",
        paramLabel = "ID",
        defaultValue = "wrangling",
        description = "Drill pack, as `gauntlet list` names it (default: ${DEFAULT-VALUE}).")
    String pack;
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List the drill packs: id, number of sections, title.")
  static final class ListPacks implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      for (String id : Packs.IDS) {
        Pack pack = Packs.load(id);
        out.println(
            T.get(
                "gauntlet.cli.pack",
                Columns.left(id, 16),
                String.format("%2d", pack.sections().size()),
                pack.title()));
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "template",
      mixinStandardHelpOptions = true,
      description = "Print the blank template.")
  static final class Template implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin PackOption options = new PackOption();

    @Override
    public Integer call() {
      spec.commandLine().getOut().print(Templates.blank(Packs.load(options.pack)));
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  @Command(
      name = "solution",
      mixinStandardHelpOptions = true,
      description = "Print the template filled with the reference solutions.")
  static final class Solution implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin PackOption options = new PackOption();

    @Override
    public Integer call() {
      spec.commandLine().getOut().print(Templates.solution(Packs.load(options.pack)));
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description =
          "Run and check a filled template in a separate JShell VM. Exits 0 whenever the check ran.")
  static final class CheckFile implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin PackOption options = new PackOption();

    @Parameters(paramLabel = "FILE", description = "The filled template.")
    Path file;

    static final double MIN_TIMEOUT = 1;
    static final double MAX_TIMEOUT = 600;

    /** A filled template is a few kilobytes; larger files are refused before they are read. */
    static final long MAX_TEMPLATE_BYTES = 1 << 20;

    @Option(
        names = "--timeout",
        paramLabel = "SECONDS",
        defaultValue = "10",
        description = "Time limit per section, 1 to 600 (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
      // NaN fails every comparison, so the range is checked as "inside", not "outside"
      if (!(timeout >= MIN_TIMEOUT && timeout <= MAX_TIMEOUT)) {
        throw new IllegalArgumentException(
            "--timeout must be between "
                + MIN_TIMEOUT
                + " and "
                + MAX_TIMEOUT
                + " seconds, got "
                + timeout);
      }
      if (!Files.exists(file)) {
        throw new IllegalArgumentException("No such file: " + file.toAbsolutePath());
      }
      String text = TextInput.read(file, MAX_TEMPLATE_BYTES);
      Pack pack = Packs.load(packFor(text));
      CheckReport report;
      try (Checker checker = Checker.open(pack)) {
        report = checker.check(text, Duration.ofMillis((long) (timeout * 1000)));
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Json.print(out, ReportJson.of(report));
      } else {
        printText(out, report);
      }
      return 0;
    }

    /**
     * The template's own pack (its first line names it) unless --pack is given; both given and
     * different is a mistake said at once, not after a whole run that fails every section.
     */
    private String packFor(String text) {
      boolean explicit = spec.commandLine().getParseResult().hasMatchedOption("--pack");
      Optional<String> declared = Templates.declaredPack(text);
      if (explicit && declared.isPresent() && !declared.get().equals(options.pack)) {
        throw new IllegalArgumentException(
            "%s is a template of pack `%s` (its first line says so), but --pack %s was given"
                .formatted(file, declared.get(), options.pack));
      }
      return explicit ? options.pack : declared.orElse(options.pack);
    }

    private static void printText(PrintWriter out, CheckReport report) {
      for (SectionResult s : report.sections()) {
        out.println(
            T.get(
                "gauntlet.cli.section",
                Columns.left(s.status().text(), 7),
                String.format("%2d", s.number()),
                s.title(),
                s.millis()));
        if (!s.passed()) {
          out.println("        " + s.message().replace("\n", "\n        "));
        }
      }
      out.println(T.get("gauntlet.cli.summary", report.passed(), report.total(), report.pack()));
      out.flush();
    }
  }

  /** The JSON shape of the check command (a contract: scripts read it). */
  record ReportJson(String pack, int passed, int total, List<SectionJson> sections) {
    static ReportJson of(CheckReport r) {
      return new ReportJson(
          r.pack(), r.passed(), r.total(), r.sections().stream().map(SectionJson::of).toList());
    }
  }

  /** One section in {@link ReportJson}. */
  record SectionJson(int number, String title, String status, String message, long millis) {
    static SectionJson of(SectionResult s) {
      return new SectionJson(s.number(), s.title(), s.status().name(), s.message(), s.millis());
    }
  }
}
