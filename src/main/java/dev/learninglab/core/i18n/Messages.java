package dev.learninglab.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One bundle of texts ({@code <base>.properties} in English, {@code <base>_zh_CN.properties} in
 * Simplified Chinese, both UTF-8), looked up in the current language each time a text is asked for.
 * Every value is a {@link MessageFormat} pattern, with or without arguments, so an apostrophe is
 * always written twice; numbers in arguments are formatted for the language. Each lab holds one of
 * these (its {@code <Name>Texts} in its model package); see docs/i18n.md.
 */
public final class Messages {
  private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String baseName;

  private Messages(String baseName) {
    this.baseName = baseName;
  }

  /** The bundle {@code baseName} ({@code dev.learninglab.labs.x.messages}) on the class path. */
  public static Messages of(String baseName) {
    return new Messages(baseName);
  }

  public String baseName() {
    return baseName;
  }

  /** The text {@code key} in the current language with {@code args} put in its placeholders. */
  public String get(String key, Object... args) {
    return in(Locales.current(), key, args);
  }

  /** The text {@code key} in {@code locale}; a missing key shows as the key (tests catch it). */
  public String in(Locale locale, String key, Object... args) {
    String pattern;
    try {
      pattern = bundle(locale).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return new MessageFormat(pattern, locale).format(args);
  }

  /** The bundle for {@code locale}, falling back to English (never to the JVM's locale). */
  public ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        baseName, locale, Messages.class.getClassLoader(), NO_SYSTEM_FALLBACK);
  }
}
