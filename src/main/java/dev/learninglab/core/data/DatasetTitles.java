package dev.learninglab.core.data;

import dev.learninglab.core.i18n.Locales;
import java.util.ResourceBundle;

/**
 * Dataset titles in the language of the moment. The catalogue (data/catalog.json) holds the English
 * ones, written by scripts/make-catalog.py; the translations live in {@code
 * dev/learninglab/core/data/titles_zh_CN.properties}, keyed by dataset id.
 */
final class DatasetTitles {
  static final String BUNDLE = "dev.learninglab.core.data.titles";

  private DatasetTitles() {}

  static String of(String id, String english) {
    if (!Locales.isChinese()) {
      return english;
    }
    ResourceBundle titles =
        ResourceBundle.getBundle(
            BUNDLE,
            Locales.current(),
            DatasetTitles.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return titles.containsKey(id) ? titles.getString(id) : english;
  }
}
