package dev.learninglab.labs.gauntlet.view;

import static dev.learninglab.labs.gauntlet.model.GauntletTexts.T;

import dev.learninglab.labs.gauntlet.model.history.GauntletSettings;
import dev.learninglab.labs.gauntlet.model.history.HistoryStore;
import dev.learninglab.labs.gauntlet.model.history.SessionRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the Gauntlet view keeps across tabs: the history (loaded once, then appended to), the
 * problems met while loading it, and the settings. Used on the event thread only.
 */
final class GauntletState {
  private final Path dir;
  private final HistoryStore store;
  private final List<SessionRecord> sessions = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private GauntletSettings settings;

  GauntletState(Path dir) {
    this.dir = dir;
    this.store = new HistoryStore(dir);
    HistoryStore.Loaded loaded = store.load();
    sessions.addAll(loaded.sessions());
    problems.addAll(loaded.problems());
    settings = GauntletSettings.load(dir);
  }

  List<SessionRecord> sessions() {
    return List.copyOf(sessions);
  }

  List<String> problems() {
    return List.copyOf(problems);
  }

  GauntletSettings settings() {
    return settings;
  }

  HistoryStore store() {
    return store;
  }

  void added(SessionRecord r) {
    sessions.add(r);
  }

  void problem(String message) {
    problems.add(message);
  }

  void saveSettings(GauntletSettings s) {
    settings = s;
    try {
      s.save(dir);
    } catch (IOException e) {
      problems.add(
          T.get("gauntlet.settingsFailed", GauntletSettings.file(dir).toString(), e.getMessage()));
    }
  }
}
