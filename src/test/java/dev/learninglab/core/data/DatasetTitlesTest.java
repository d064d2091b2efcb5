package dev.learninglab.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.i18n.Language;
import dev.learninglab.core.i18n.Locales;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every catalogued dataset has a Chinese title, and no title is left for an id that is gone. */
class DatasetTitlesTest {
  @AfterEach
  void backToEnglish() {
    Locales.use(Language.ENGLISH);
  }

  @Test
  void everyCatalogueIdHasAChineseTitleAndNoOther() {
    Set<String> ids = new TreeSet<>();
    DatasetResolver.standard().catalog().datasets().forEach(d -> ids.add(d.id()));
    ResourceBundle zh = ResourceBundle.getBundle(DatasetTitles.BUNDLE, Locale.SIMPLIFIED_CHINESE);
    assertThat(new TreeSet<>(zh.keySet())).isEqualTo(ids);
  }

  @Test
  void theTitleFollowsTheLanguage() {
    Dataset iris = DatasetResolver.standard().catalog().get("iris");
    assertThat(iris.displayTitle()).isEqualTo(iris.title());
    Locales.use(Language.CHINESE);
    assertThat(iris.displayTitle()).isEqualTo("鸢尾花（scikit-learn 副本）");
  }
}
