package dev.learninglab.core.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * The language the app speaks now. Every text is looked up when it is shown ({@link Messages}), so
 * changing the locale here and re-applying the window's texts ({@code core.view.Localized})
 * switches the whole app at run time without rebuilding a view. English until told otherwise.
 */
public final class Locales {
  /** The variable that picks the language when neither {@code --lang} nor a setting does. */
  public static final String ENV = "LEARNING_LAB_LANG";

  private static final Locale SYSTEM = Locale.getDefault();
  private static volatile Locale current = Locale.ENGLISH;

  private Locales() {}

  public static Locale current() {
    return current;
  }

  /** The locale the JVM started with, before the app changed the default. */
  public static Locale system() {
    return SYSTEM;
  }

  /** Speaks {@code language} from now on (also as the JVM's default, for the JDK's own texts). */
  public static void use(Language language) {
    current = language.locale(SYSTEM);
    Locale.setDefault(current);
  }

  /** The language named by {@code LEARNING_LAB_LANG}, if it is set (a bad value is an error). */
  public static Optional<Language> fromEnvironment() {
    String value = System.getenv(ENV);
    return value == null || value.isBlank()
        ? Optional.empty()
        : Optional.of(Language.parseOrFail(value, ENV));
  }

  public static boolean isChinese() {
    return current.getLanguage().equals("zh");
  }
}
