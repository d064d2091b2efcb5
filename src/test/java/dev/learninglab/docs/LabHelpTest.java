package dev.learninglab.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.i18n.Language;
import dev.learninglab.core.i18n.Locales;
import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabHelp;
import dev.learninglab.core.lab.Labs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each lab's help is one Markdown file, shown by F1 and linked from the lab's page in docs/. */
class LabHelpTest {

  static List<Lab> labs() {
    return Labs.discover();
  }

  @ParameterizedTest
  @MethodSource("labs")
  void f1ShowsTheLabsHelpFileRenderedWithItsTitle(Lab lab) {
    assertThat(LabHelp.markdown(lab.getClass())).startsWith("## ");
    assertThat(lab.helpHtml()).startsWith("<h2>").doesNotContain("**", "](");
  }

  /** A lab translated into Chinese (it has a zh_CN bundle) has its help in Chinese too. */
  @ParameterizedTest
  @MethodSource("labs")
  void aTranslatedLabHasItsHelpInChinese(Lab lab) {
    if (lab.getClass().getResource("messages_zh_CN.properties") == null) {
      return; // not translated yet: F1 shows the English help
    }
    Locales.use(Language.CHINESE);
    try {
      assertThat(LabHelp.markdown(lab.getClass())).startsWith("## ");
      assertThat(lab.helpHtml()).startsWith("<h2>").contains(lab.title());
      assertThat(lab.helpHtml().codePoints().filter(c -> c >= 0x4E00 && c <= 0x9FFF).count())
          .as("Chinese characters in the help of %s", lab.id())
          .isGreaterThan(50);
    } finally {
      Locales.use(Language.ENGLISH);
    }
  }

  @ParameterizedTest
  @MethodSource("labs")
  void theLabsPageLinksToTheSameHelpFile(Lab lab) throws Exception {
    String page = Files.readString(Path.of("docs/labs", lab.id() + ".md"));
    String helpFile =
        "src/main/resources/" + lab.getClass().getPackageName().replace('.', '/') + "/help.md";

    assertThat(Path.of(helpFile)).isRegularFile();
    assertThat(page).contains("](../../" + helpFile + ")");
  }
}
