package dev.learninglab.labs.gauntlet.model.history;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.learninglab.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The Gauntlet's own settings, in {@code gauntlet/settings.json}: the pack, the time limit per run,
 * and whether the shell should open the Gauntlet at launch while today's is not done. A damaged
 * file is set aside as {@code settings.json.corrupt} and the defaults are used.
 */
public record GauntletSettings(String pack, int timeLimitSeconds, boolean openAtLaunchWhenNotDone) {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  public static GauntletSettings defaults() {
    return new GauntletSettings("wrangling", 10, false);
  }

  public static Path file(Path gauntletDir) {
    return gauntletDir.resolve("settings.json");
  }

  public static GauntletSettings load(Path gauntletDir) {
    Path file = file(gauntletDir);
    if (!Files.isRegularFile(file)) {
      return defaults();
    }
    try {
      GauntletSettings s = MAPPER.readValue(file.toFile(), GauntletSettings.class);
      return s.pack() == null || s.timeLimitSeconds() <= 0 ? defaults() : s;
    } catch (IOException e) {
      try {
        Files.move(
            file,
            file.resolveSibling("settings.json.corrupt"),
            StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException ignored) {
        // the defaults apply either way; the next save replaces the damaged file
      }
      return defaults();
    }
  }

  public void save(Path gauntletDir) throws IOException {
    AtomicFiles.write(file(gauntletDir), out -> MAPPER.writeValue(out, this));
  }

  public GauntletSettings withOpenAtLaunch(boolean open) {
    return new GauntletSettings(pack, timeLimitSeconds, open);
  }

  public GauntletSettings withPack(String p) {
    return new GauntletSettings(p, timeLimitSeconds, openAtLaunchWhenNotDone);
  }

  public GauntletSettings withTimeLimit(int seconds) {
    return new GauntletSettings(pack, seconds, openAtLaunchWhenNotDone);
  }
}
