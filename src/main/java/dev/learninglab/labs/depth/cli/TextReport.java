package dev.learninglab.labs.depth.cli;

import java.io.PrintWriter;
import java.util.Map;

/** The depth command's human-readable output: the JSON report's fields, one per line. */
final class TextReport {
  private TextReport() {}

  static void print(PrintWriter out, Map<String, Object> report) {
    print(out, report, "");
    out.flush();
  }

  @SuppressWarnings("unchecked")
  private static void print(PrintWriter out, Map<String, Object> map, String indent) {
    map.forEach(
        (k, v) -> {
          if (v instanceof Map<?, ?> m) {
            out.println(indent + k + ":");
            print(out, (Map<String, Object>) m, indent + "  ");
          } else {
            out.println(indent + k + ": " + (v == null ? "-" : v));
          }
        });
  }
}
