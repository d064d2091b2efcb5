package dev.learninglab.core.data;

import static dev.learninglab.core.i18n.CoreTexts.T;

import java.util.List;
import java.util.Optional;

/**
 * A catalogued dataset. {@code bundled} ones travel in the jar (registry-package origin); the
 * others are resolved from the user cache, a mirror folder or their public URL.
 */
public record Dataset(
    String id,
    String title,
    String licence,
    String origin,
    String mirrorDir,
    boolean bundled,
    List<DatasetFile> files) {

  public Optional<DatasetFile> file(String path) {
    return files.stream().filter(f -> f.path().equals(path)).findFirst();
  }

  public long totalSize() {
    return files.stream().mapToLong(DatasetFile::size).sum();
  }

  /** False when a publisher gives no size for some file (it is known only once downloaded). */
  public boolean sizeKnown() {
    return !files.isEmpty() && files.stream().allMatch(f -> f.size() > 0);
  }

  /** The title in the language of the moment: the catalogue's, or its translation. */
  public String displayTitle() {
    return DatasetTitles.of(id, title);
  }

  /** "1.6 MB", "45 KB", or "unknown": for lists a person reads. */
  public String sizeText() {
    if (!sizeKnown()) {
      return T.get("core.dataset.sizeUnknown");
    }
    long bytes = totalSize();
    return bytes >= 1_000_000
        ? "%.1f MB".formatted(bytes / 1e6)
        : "%d KB".formatted(Math.max(1, Math.round(bytes / 1e3)));
  }
}
