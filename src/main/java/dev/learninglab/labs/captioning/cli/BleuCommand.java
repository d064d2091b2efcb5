package dev.learninglab.labs.captioning.cli;

import static dev.learninglab.labs.captioning.model.CaptioningTexts.T;

import dev.learninglab.core.io.Json;
import dev.learninglab.core.io.TextInput;
import dev.learninglab.labs.captioning.model.Bleu;
import dev.learninglab.labs.captioning.model.Tokenizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code captioning bleu}: corpus BLEU-1…4 of a file of captions against reference captions. */
@Command(
    name = "bleu",
    description =
        "Corpus BLEU-1..4 (as NLTK's corpus_bleu, no smoothing) of one caption a line against"
            + " references (one line per hypothesis, references separated by |).")
final class BleuCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--hypotheses", required = true, description = "One caption a line.")
  Path hypotheses;

  @Option(
      names = "--references",
      required = true,
      description = "One line per hypothesis: its reference captions separated by |.")
  Path references;

  @Option(names = "--json", description = "Print {\"bleu\": [b1..b4], \"sentences\": N}.")
  boolean json;

  /** The JSON contract. */
  record Result(double[] bleu, int sentences) {}

  @Override
  public Integer call() throws IOException {
    List<String> hyp = lines(hypotheses, "one caption a line");
    List<String> ref = lines(references, "one line of |-separated references per hypothesis");
    if (hyp.size() != ref.size()) {
      throw new IllegalArgumentException(
          "%s has %d lines but %s has %d: expected one reference line per hypothesis"
              .formatted(hypotheses, hyp.size(), references, ref.size()));
    }
    List<List<String>> h = hyp.stream().map(Tokenizer::tokens).toList();
    List<List<List<String>>> r = new ArrayList<>();
    for (String line : ref) {
      r.add(List.of(line.split("\\|", -1)).stream().map(Tokenizer::tokens).toList());
    }
    Result result = new Result(Bleu.corpus(r, h), hyp.size());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, result);
    } else {
      double[] b = result.bleu();
      out.println(T.get("captioning.cli.bleu", b[0], b[1], b[2], b[3], result.sentences()));
      out.flush();
    }
    return 0;
  }

  /** The most a hypotheses or references file may hold (Flickr8k's captions are 3 MB). */
  private static final long MAX_BYTES = 64L << 20;

  private static List<String> lines(Path file, String expected) throws IOException {
    List<String> lines = TextInput.lines(file, MAX_BYTES);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(file + " is empty: expected " + expected);
    }
    return lines;
  }
}
