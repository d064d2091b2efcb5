package dev.learninglab.shell;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.learninglab.core.i18n.Language;
import dev.learninglab.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * What the window remembers across runs, kept in {@code settings.json} in the lab home and written
 * atomically. A damaged file is set aside as {@code settings.json.corrupt} and the defaults are
 * used.
 */
public record ShellSettings(
    Theme theme,
    String lastLab,
    int x,
    int y,
    int width,
    int height,
    boolean forceCpu,
    boolean welcomed,
    Language language) {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  public static ShellSettings defaults() {
    return new ShellSettings(Theme.light, null, -1, -1, -1, -1, false, false, Language.SYSTEM);
  }

  public boolean hasPosition() {
    return x >= 0 && y >= 0;
  }

  /** False until the window has been opened once: the first window is sized from the screen. */
  public boolean hasSize() {
    return width > 0 && height > 0;
  }

  public ShellSettings withTheme(Theme t) {
    return new ShellSettings(t, lastLab, x, y, width, height, forceCpu, welcomed, language);
  }

  public ShellSettings withLastLab(String id) {
    return new ShellSettings(theme, id, x, y, width, height, forceCpu, welcomed, language);
  }

  public ShellSettings withBounds(int nx, int ny, int w, int h) {
    return new ShellSettings(theme, lastLab, nx, ny, w, h, forceCpu, welcomed, language);
  }

  public ShellSettings withForceCpu(boolean force) {
    return new ShellSettings(theme, lastLab, x, y, width, height, force, welcomed, language);
  }

  /** After the learner dismissed the first-launch welcome, which then never comes back. */
  public ShellSettings withWelcomed() {
    return new ShellSettings(theme, lastLab, x, y, width, height, forceCpu, true, language);
  }

  /** The language chosen in the View menu (System follows the desktop's). */
  public ShellSettings withLanguage(Language l) {
    return new ShellSettings(theme, lastLab, x, y, width, height, forceCpu, welcomed, l);
  }

  public static ShellSettings load(Path file) {
    if (!Files.isRegularFile(file)) {
      return defaults();
    }
    try {
      ShellSettings s = MAPPER.readValue(file.toFile(), ShellSettings.class);
      ShellSettings themed = s.theme() == null ? s.withTheme(Theme.light) : s;
      // settings written before languages existed have none: follow the system
      return themed.language() == null ? themed.withLanguage(Language.SYSTEM) : themed;
    } catch (IOException e) {
      setAside(file);
      return defaults();
    }
  }

  public void save(Path file) throws IOException {
    AtomicFiles.write(file, out -> MAPPER.writeValue(out, this));
  }

  private static void setAside(Path file) {
    try {
      Files.move(
          file,
          file.resolveSibling(file.getFileName() + ".corrupt"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException ignored) {
      // the defaults still apply; the next save replaces the damaged file
    }
  }
}
