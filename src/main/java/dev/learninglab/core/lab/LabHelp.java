package dev.learninglab.core.lab;

import dev.learninglab.core.i18n.Locales;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A lab's help: the Markdown file {@code help.md} in the lab's package, rendered to the HTML that
 * Swing's text panes show. One file per lab and language, so the window, the docs and the reader
 * see one text: {@code help_zh.md} beside it is the Simplified Chinese one, shown when the app
 * speaks Chinese (a lab without it shows its English help).
 */
public final class LabHelp {
  /** The Simplified Chinese help's file name, beside {@code help.md}. */
  public static final String CHINESE = "help_zh.md";

  private LabHelp() {}

  /** The help of the lab whose class is {@code labClass}, as HTML. */
  public static String html(Class<?> labClass) {
    return HtmlRenderer.builder()
        .build()
        .render(Parser.builder().build().parse(markdown(labClass)));
  }

  /** The help of the lab whose class is {@code labClass}, as its Markdown source. */
  public static String markdown(Class<?> labClass) {
    if (Locales.isChinese()) {
      try (InputStream in = labClass.getResourceAsStream(CHINESE)) {
        if (in != null) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
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
