package dev.learninglab.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LanguageTest {
  private static final Messages CORE = CoreTexts.T;

  @AfterEach
  void english() {
    Locales.use(Language.ENGLISH);
  }

  @Test
  void readsTheTagsOfTheCommandLineAndTheVariable() {
    assertThat(Language.parse("zh-CN")).contains(Language.CHINESE);
    assertThat(Language.parse("zh_CN")).contains(Language.CHINESE);
    assertThat(Language.parse(" EN ")).contains(Language.ENGLISH);
    assertThat(Language.parse("system")).contains(Language.SYSTEM);
    assertThat(Language.parse("fr")).isEmpty();
    assertThatThrownBy(() -> Language.parseOrFail("klingon", "--lang"))
        .hasMessage("--lang must be en, zh-CN or system; got `klingon`");
  }

  @Test
  void systemSpeaksChineseOnlyOnAChineseSystem() {
    assertThat(Language.SYSTEM.locale(Locale.TAIWAN)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(Language.SYSTEM.locale(Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
    assertThat(Language.CHINESE.locale(Locale.GERMANY)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void textsFollowTheCurrentLanguageAndFallBackToEnglishNotTheJvmsLocale() {
    assertThat(CORE.get("core.dialog.close")).isEqualTo("Close");
    Locales.use(Language.CHINESE);
    assertThat(CORE.get("core.dialog.close")).isEqualTo("关闭");
    assertThat(CORE.get("core.chart.saveFailed", "a.png", "disk full"))
        .isEqualTo("无法保存 a.png：disk full");
    // a locale with no bundle of its own gets English, whatever the JVM's default is
    assertThat(CORE.in(Locale.GERMAN, "core.dialog.close")).isEqualTo("Close");
  }
}
