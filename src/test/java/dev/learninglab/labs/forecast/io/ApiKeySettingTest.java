package dev.learninglab.labs.forecast.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saved key: where it comes in the order of sources, how it is kept and removed. */
class ApiKeySettingTest {
  @TempDir Path home;

  @Test
  void theOptionThenTheVariableThenTheSavedKey() throws Exception {
    ApiKeySetting setting = new ApiKeySetting(home);
    assertThat(setting.resolve(null, null)).isNull();
    assertThat(setting.resolve("  ", "")).isNull();
    setting.save("  SAVED1 \n");
    assertThat(setting.read()).contains("SAVED1");
    assertThat(setting.resolve(null, null)).isEqualTo("SAVED1");
    assertThat(setting.resolve(null, "FROMENV")).isEqualTo("FROMENV");
    assertThat(setting.resolve("FROMOPTION", "FROMENV")).isEqualTo("FROMOPTION");
  }

  @Test
  void keptForItsOwnerAloneAndRemovedByABlankKey() throws Exception {
    ApiKeySetting setting = new ApiKeySetting(home);
    setting.save("SAVED2");
    Path file = home.resolve("forecast").resolve(ApiKeySetting.FILE_NAME);
    assertThat(Files.readString(file)).isEqualTo("SAVED2");
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    }
    setting.save(" ");
    assertThat(file).doesNotExist();
    assertThat(setting.read()).isEmpty();
  }
}
