package dev.learninglab.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Chinese text is drawn through fallback fonts: the logical fonts (SansSerif, Monospaced…) and the
 * composite fonts FlatLaf builds have them, a font created by a physical name ("DejaVu Sans", or
 * another font's {@code getName()}) does not and draws boxes. So a {@code new Font(...)} in the app
 * must name a logical font; anything else derives from the Look and Feel's font ({@code
 * deriveFont}) or goes through {@code StyleContext.getFont}.
 */
class FontFallbackTest {
  private static final Pattern NEW_FONT = Pattern.compile("new Font\\(\\s*([^,]+),");
  private static final Pattern LOGICAL =
      Pattern.compile(
          "Font\\.(DIALOG|DIALOG_INPUT|SANS_SERIF|SERIF|MONOSPACED)"
              + "|\"(Dialog|DialogInput|SansSerif|Serif|Monospaced)\"");

  @Test
  void everyNewFontNamesALogicalFont() throws IOException {
    List<String> physical = new ArrayList<>();
    int seen = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path java : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = NEW_FONT.matcher(Files.readString(java));
        while (m.find()) {
          seen++;
          if (!LOGICAL.matcher(m.group(1).strip()).matches()) {
            physical.add(java + ": new Font(" + m.group(1) + ", …)");
          }
        }
      }
    }
    assertThat(seen).as("the scan finds the app's fonts").isPositive();
    assertThat(physical).as("fonts that drop the CJK fallback").isEmpty();
  }

  @Test
  void thePatternTellsLogicalFromPhysical() {
    assertThat(LOGICAL.matcher("Font.MONOSPACED").matches()).isTrue();
    assertThat(LOGICAL.matcher("\"SansSerif\"").matches()).isTrue();
    assertThat(LOGICAL.matcher("\"DejaVu Sans\"").matches()).isFalse();
    assertThat(LOGICAL.matcher("base.getName()").matches()).isFalse();
  }
}
