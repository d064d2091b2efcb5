package dev.learninglab.labs.gauntlet.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code .pack} text format: lines starting with {@code @@ } open a block ({@code pack},
 * {@code title}, {@code rosetta}, {@code imports}, {@code data}, {@code section N Title}, {@code
 * datasets} (catalogued dataset ids the data code reads), {@code prompt}, {@code solution}, one
 * block per rosetta language, {@code check [ordered] EXPR}); every other line belongs to the open
 * block. Code stays code, with no escaping, which is why the packs are not JSON.
 */
final class PackReader {
  private final String source;
  private String id;
  private String title = "";
  private List<String> languages = List.of();
  private List<String> datasets = List.of();
  private final StringBuilder imports = new StringBuilder();
  private final StringBuilder data = new StringBuilder();
  private final List<Section> sections = new ArrayList<>();
  private int sectionNumber;
  private String sectionTitle;
  private final List<Prompt> prompts = new ArrayList<>();
  private PromptDraft prompt;
  private StringBuilder block;

  private PackReader(String source) {
    this.source = source;
  }

  static Pack read(String source, String text) {
    return new PackReader(source).parse(text);
  }

  private Pack parse(String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("@@ ")) {
        directive(line.substring(3).trim(), i + 1);
      } else if (block != null) {
        block.append(line).append('\n');
      } else if (!line.isBlank()) {
        throw error(i + 1, "text outside any block");
      }
    }
    finishSection();
    if (id == null) {
      throw error(1, "missing `@@ pack ID`");
    }
    return new Pack(
        id,
        title,
        languages,
        datasets,
        imports.toString().strip(),
        data.toString().strip(),
        sections);
  }

  private void directive(String d, int line) {
    String word = d.split(" ", 2)[0];
    String rest = d.length() > word.length() ? d.substring(word.length()).trim() : "";
    block = null;
    switch (word) {
      case "pack" -> id = rest;
      case "title" -> title = rest;
      case "rosetta" -> languages = List.of(rest.split(" +"));
      case "datasets" -> datasets = List.of(rest.split(" +"));
      case "imports" -> block = imports;
      case "data" -> block = data;
      case "section" -> startSection(rest, line);
      case "prompt" -> startPrompt(line);
      case "solution" -> block = requirePrompt(line).solution;
      case "check" -> requirePrompt(line).checks.add(check(rest, line));
      default -> {
        if (!languages.contains(word)) {
          throw error(line, "unknown block `" + word + "`");
        }
        StringBuilder b = new StringBuilder();
        requirePrompt(line).rosetta.put(word, b);
        block = b;
      }
    }
  }

  private void startSection(String rest, int line) {
    finishSection();
    String[] parts = rest.split(" ", 2);
    try {
      sectionNumber = Integer.parseInt(parts[0]);
    } catch (NumberFormatException e) {
      throw error(line, "section number `" + parts[0] + "` is not a number");
    }
    if (sectionNumber != sections.size() + 1) {
      throw error(line, "section " + sectionNumber + " should be " + (sections.size() + 1));
    }
    sectionTitle = parts.length > 1 ? parts[1] : "";
  }

  private void startPrompt(int line) {
    if (sectionTitle == null) {
      throw error(line, "prompt before the first section");
    }
    finishPrompt();
    prompt = new PromptDraft();
    block = prompt.comment;
  }

  private PromptDraft requirePrompt(int line) {
    if (prompt == null) {
      throw error(line, "solution, check or rosetta block outside a prompt");
    }
    return prompt;
  }

  private Check check(String rest, int line) {
    boolean ordered = rest.startsWith("ordered ");
    String expression = ordered ? rest.substring("ordered ".length()).trim() : rest;
    if (expression.isEmpty()) {
      throw error(line, "check without an expression");
    }
    return new Check(expression, ordered);
  }

  private void finishPrompt() {
    if (prompt != null) {
      Map<String, String> rosetta = new LinkedHashMap<>();
      prompt.rosetta.forEach((k, v) -> rosetta.put(k, v.toString().strip()));
      prompts.add(
          new Prompt(
              prompt.comment.toString().strip(),
              prompt.solution.toString().strip(),
              rosetta,
              prompt.checks));
      prompt = null;
    }
  }

  private void finishSection() {
    finishPrompt();
    if (sectionTitle != null) {
      sections.add(new Section(sectionNumber, sectionTitle, prompts));
      prompts.clear();
    }
  }

  private IllegalArgumentException error(int line, String what) {
    return new IllegalArgumentException(source + ":" + line + ": " + what);
  }

  private static final class PromptDraft {
    final StringBuilder comment = new StringBuilder();
    final StringBuilder solution = new StringBuilder();
    final Map<String, StringBuilder> rosetta = new LinkedHashMap<>();
    final List<Check> checks = new ArrayList<>();
  }
}
