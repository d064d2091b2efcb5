package dev.learninglab.labs.gauntlet.model.history;

import static dev.learninglab.labs.gauntlet.model.GauntletTexts.T;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.learninglab.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The learner's gauntlet history: one JSON file per session under {@code sessions/}, never
 * rewritten (append-only), each written atomically (temporary file, then rename), so a crash while
 * saving leaves every earlier session as it was. A file that cannot be read is moved to {@code
 * corrupt/} and named in {@link Loaded#problems()}, never dropped silently.
 *
 * <pre>{@code
 * HistoryStore store = new HistoryStore(LabHome.dir().resolve("gauntlet"));
 * store.append(record);
 * List<SessionRecord> all = store.load().sessions();
 * }</pre>
 */
public final class HistoryStore {
  private final Path sessions;
  private final Path corrupt;
  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(TimeAsText.module())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(SerializationFeature.INDENT_OUTPUT);

  public HistoryStore(Path dir) {
    this.sessions = dir.resolve("sessions");
    this.corrupt = dir.resolve("corrupt");
  }

  /** What loading found: the sessions, oldest first, and a message per file set aside. */
  public record Loaded(List<SessionRecord> sessions, List<String> problems) {}

  /** Stores a new session; returns its file. */
  public Path append(SessionRecord record) throws IOException {
    String stamp = record.started().toString().replace(':', '-');
    Path file = sessions.resolve(stamp + "-" + record.pack() + ".json");
    for (int n = 2; Files.exists(file); n++) {
      file = sessions.resolve(stamp + "-" + record.pack() + "-" + n + ".json");
    }
    byte[] bytes = mapper.writeValueAsBytes(record);
    AtomicFiles.write(file, out -> out.write(bytes));
    return file;
  }

  public Loaded load() {
    List<SessionRecord> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (!Files.isDirectory(sessions)) {
      return new Loaded(out, problems);
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(sessions)) {
      files =
          list.filter(
                  p ->
                      p.getFileName().toString().endsWith(".json")
                          && !p.getFileName().toString().startsWith("."))
              .sorted()
              .toList();
    } catch (IOException e) {
      problems.add(T.get("gauntlet.history.unlisted", sessions.toString(), e.getMessage()));
      return new Loaded(out, problems);
    }
    for (Path file : files) {
      try {
        SessionRecord r = mapper.readValue(file.toFile(), SessionRecord.class);
        if (r.pack() == null || r.started() == null || r.day() == null) {
          throw new IOException("pack, started or day is missing");
        }
        out.add(r);
      } catch (IOException | RuntimeException e) {
        problems.add(setAside(file, e));
      }
    }
    out.sort(Comparator.comparing(SessionRecord::started));
    return new Loaded(out, problems);
  }

  private String setAside(Path file, Exception why) {
    try {
      Files.createDirectories(corrupt);
      Path target = corrupt.resolve(file.getFileName());
      Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
      return T.get(
          "gauntlet.history.setAside",
          file.getFileName().toString(),
          why.getMessage().lines().findFirst().orElse(""),
          target.toString());
    } catch (IOException e) {
      return T.get(
          "gauntlet.history.unreadable", file.toString(), why.getMessage(), e.getMessage());
    }
  }
}
