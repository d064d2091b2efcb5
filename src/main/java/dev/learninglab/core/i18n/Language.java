package dev.learninglab.core.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages the app speaks, and the choice "follow the system". Each is named in its own
 * language in the Settings menu, so a learner who cannot read the current one still finds theirs.
 */
public enum Language {
  SYSTEM("system"),
  ENGLISH("en"),
  CHINESE("zh-CN");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /** The tag used by {@code --lang}, {@code LEARNING_LAB_LANG} and the settings file. */
  public String tag() {
    return tag;
  }

  /**
   * The locale to speak: a fixed one, or for {@link #SYSTEM} Simplified Chinese when the system's
   * language is Chinese and English otherwise (the two languages the app has).
   */
  public Locale locale(Locale system) {
    return switch (this) {
      case ENGLISH -> Locale.ENGLISH;
      case CHINESE -> Locale.SIMPLIFIED_CHINESE;
      case SYSTEM -> system.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    };
  }

  /** Reads {@code en}, {@code zh-CN} (also {@code zh}, {@code zh_CN}) or {@code system}. */
  public static Optional<Language> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    return switch (t) {
      case "system" -> Optional.of(SYSTEM);
      case "en", "en-us", "en-gb", "english" -> Optional.of(ENGLISH);
      case "zh", "zh-cn", "zh-hans", "zh-hans-cn" -> Optional.of(CHINESE);
      default -> Optional.empty();
    };
  }

  /** Like {@link #parse} but a value that is not a language is an error naming the choices. */
  public static Language parseOrFail(String text, String where) {
    return parse(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    where + " must be en, zh-CN or system; got `" + text + "`"));
  }
}
