package dev.learninglab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.i18n.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellSettingsTest {
  @TempDir Path dir;

  @Test
  void settingsSurviveASaveAndLoad() throws IOException {
    Path f = dir.resolve("settings.json");
    ShellSettings s =
        ShellSettings.defaults()
            .withTheme(Theme.dark)
            .withLastLab("edit-distance")
            .withBounds(10, 20, 1000, 700)
            .withForceCpu(true)
            .withLanguage(Language.CHINESE);
    s.save(f);
    assertThat(ShellSettings.load(f)).isEqualTo(s);
  }

  @Test
  void aFileFromBeforeLanguagesFollowsTheSystem() throws IOException {
    Path f = dir.resolve("settings.json");
    Files.writeString(f, "{\"theme\":\"dark\",\"lastLab\":\"curves\",\"width\":900}");
    ShellSettings s = ShellSettings.load(f);
    assertThat(s.language()).isEqualTo(Language.SYSTEM);
    assertThat(s.lastLab()).isEqualTo("curves");
  }

  @Test
  void aDamagedFileIsSetAsideAndDefaultsApply() throws IOException {
    Path f = dir.resolve("settings.json");
    Files.writeString(f, "{not json");
    assertThat(ShellSettings.load(f)).isEqualTo(ShellSettings.defaults());
    assertThat(dir.resolve("settings.json.corrupt")).hasContent("{not json");
  }
}
