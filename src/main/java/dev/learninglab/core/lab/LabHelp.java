package dev.learninglab.core.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A lab's help: the Markdown file {@code help.md} in the lab's package, rendered to the HTML that
 * Swing's text panes show. One file per lab, so the window, the docs and the reader see one text.
 */
public final class LabHelp {
  private LabHelp() {}

  /** The help of the lab whose class is {@code labClass}, as HTML. */
  public static String html(Class<?> labClass) {
    return HtmlRenderer.builder()
        .build()
        .render(Parser.builder().build().parse(markdown(labClass)));
  }

  /** The help of the lab whose class is {@code labClass}, as its Markdown source. */
  public static String markdown(Class<?> labClass) {
    try (InputStream in = labClass.getResourceAsStream("help.md")) {
      if (in == null) {
        throw new IllegalStateException(
            labClass.getName() + " has no help.md beside it in " + labClass.getPackageName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
