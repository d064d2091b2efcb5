package dev.learninglab.core.data;

import dev.learninglab.core.io.AtomicFiles;
import dev.learninglab.core.io.LabHome;
import dev.learninglab.core.task.Progress;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * Finds a catalogued dataset's files and checks them, trying in order: the resources bundled in the
 * jar, the user cache ({@code ~/.learning-lab/datasets/<id>}), each folder named in {@code
 * LEARNING_LAB_DATA_MIRROR} (path-separated, laid out like {@code shared/data}), and last the
 * public download URL.
 *
 * <pre>{@code
 * Path py36 = DatasetResolver.standard().resolve("pip-requirements", progress).file("py36.txt");
 * }</pre>
 */
public final class DatasetResolver {
  private final Supplier<DatasetCatalog> catalog;
  private final Path cacheDir;
  private final List<Path> mirrors;
  private final boolean offline;
  private final Downloader downloader = new Downloader();

  public DatasetResolver(
      DatasetCatalog catalog, Path cacheDir, List<Path> mirrors, boolean offline) {
    this(() -> catalog, cacheDir, mirrors, offline);
  }

  private DatasetResolver(
      Supplier<DatasetCatalog> catalog, Path cacheDir, List<Path> mirrors, boolean offline) {
    this.catalog = catalog;
    this.cacheDir = cacheDir;
    this.mirrors = List.copyOf(mirrors);
    this.offline = offline;
  }

  /**
   * The resolver configured from the environment: the bundled catalog, the user cache, the mirrors
   * in {@code LEARNING_LAB_DATA_MIRROR}; offline when {@code LEARNING_LAB_OFFLINE} or the property
   * {@code learninglab.offline} is {@code true}.
   */
  public static DatasetResolver standard() {
    String mirrorVar = System.getenv("LEARNING_LAB_DATA_MIRROR");
    List<Path> mirrors =
        mirrorVar == null
            ? List.of()
            : Arrays.stream(mirrorVar.split(File.pathSeparator))
                .filter(s -> !s.isBlank())
                .map(Path::of)
                .toList();
    boolean offline =
        Boolean.parseBoolean(System.getProperty("learninglab.offline", "false"))
            || "true".equalsIgnoreCase(System.getenv("LEARNING_LAB_OFFLINE"))
            || "1".equals(System.getenv("LEARNING_LAB_OFFLINE"));
    // The catalog is parsed on first use, not at start-up, so the window opens sooner.
    return new DatasetResolver(
        new Lazy<>(DatasetCatalog::bundled), LabHome.dir().resolve("datasets"), mirrors, offline);
  }

  public DatasetCatalog catalog() {
    return catalog.get();
  }

  /** Resolves every file of the dataset, reporting progress by bytes. */
  public ResolvedDataset resolve(String id, Progress progress) {
    Dataset dataset = catalog().get(id);
    Map<String, Path> found = new LinkedHashMap<>();
    long total = dataset.totalSize();
    long done = 0;
    for (DatasetFile file : dataset.files()) {
      progress.checkCancelled();
      found.put(file.path(), resolveFile(dataset, file, progress));
      done += file.size();
      progress.report(done, total, dataset.id() + "/" + file.path());
    }
    return new ResolvedDataset(dataset, Map.copyOf(found));
  }

  /** Resolves one file of the dataset. */
  public Path resolveFile(String id, String path, Progress progress) {
    Dataset dataset = catalog().get(id);
    DatasetFile file =
        dataset
            .file(path)
            .orElseThrow(
                () ->
                    new DatasetUnavailableException(
                        "Dataset `" + id + "` has no file `" + path + "` in the catalog"));
    return resolveFile(dataset, file, progress);
  }

  /**
   * Where the dataset would come from, judged by file presence and size only (the sha256 is checked
   * when it is resolved): the worst of its files.
   */
  public Availability availability(String id) {
    Dataset dataset = catalog().get(id);
    Availability worst = Availability.BUNDLED;
    for (DatasetFile file : dataset.files()) {
      Availability a = availability(dataset, file);
      if (a.compareTo(worst) > 0) {
        worst = a;
      }
    }
    return worst;
  }

  private Availability availability(Dataset dataset, DatasetFile file) {
    if (dataset.bundled()
        && DatasetResolver.class.getResource(bundledResource(dataset, file)) != null) {
      return Availability.BUNDLED;
    }
    if (hasSize(cacheDir.resolve(dataset.id()).resolve(file.path()), file)) {
      return Availability.CACHED;
    }
    for (Path mirror : mirrors) {
      if (hasSize(mirror.resolve(dataset.mirrorDir()).resolve(file.path()), file)) {
        return Availability.MIRROR;
      }
    }
    return file.downloadable() && !offline ? Availability.DOWNLOADABLE : Availability.MISSING;
  }

  private static boolean hasSize(Path p, DatasetFile file) {
    try {
      return Files.isRegularFile(p) && (file.size() <= 0 || Files.size(p) == file.size());
    } catch (IOException e) {
      return false;
    }
  }

  private static String bundledResource(Dataset dataset, DatasetFile file) {
    return DatasetCatalog.RESOURCE_ROOT + dataset.id() + "/" + file.path();
  }

  private Path resolveFile(Dataset dataset, DatasetFile file, Progress progress) {
    List<String> tried = new ArrayList<>();
    Path cached = cacheDir.resolve(dataset.id()).resolve(file.path());
    try {
      if (dataset.bundled() && copyBundled(dataset, file, cached, tried)) {
        return cached;
      }
      if (verified(cached, file, "user cache", tried)) {
        return cached;
      }
      for (Path mirror : mirrors) {
        Path candidate = mirror.resolve(dataset.mirrorDir()).resolve(file.path());
        if (verified(candidate, file, "mirror", tried)) {
          return candidate;
        }
      }
      if (!file.downloadable()) {
        tried.add("download (no public URL is known for this file)");
      } else if (offline) {
        tried.add("download from " + file.url() + " (skipped: offline mode)");
      } else {
        try {
          downloader.download(file, cached, progress);
          return cached;
        } catch (IOException e) {
          String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
          tried.add("download from " + file.url() + " (" + why + ")");
        }
      }
    } catch (IOException e) {
      tried.add("reading failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("cancelled while fetching " + dataset.id());
    }
    throw new DatasetUnavailableException(unavailableMessage(dataset, file, tried, cached));
  }

  private boolean copyBundled(Dataset dataset, DatasetFile file, Path cached, List<String> tried)
      throws IOException {
    if (Sha256.matches(cached, file)) {
      return true;
    }
    String resource = bundledResource(dataset, file);
    try (InputStream in = DatasetResolver.class.getResourceAsStream(resource)) {
      if (in == null) {
        tried.add("bundled resource " + resource + " (absent)");
        return false;
      }
      AtomicFiles.write(cached, in::transferTo);
    }
    if (Sha256.matches(cached, file)) {
      return true;
    }
    Files.deleteIfExists(cached);
    tried.add("bundled resource " + resource + " (sha256 mismatch)");
    return false;
  }

  private static boolean verified(Path candidate, DatasetFile file, String what, List<String> tried)
      throws IOException {
    if (!Files.isRegularFile(candidate)) {
      tried.add(what + " " + candidate + " (absent)");
      return false;
    }
    if (!Sha256.matches(candidate, file)) {
      tried.add(
          what
              + " "
              + candidate
              + " ("
              + file.checksumName()
              + " mismatch: corrupt or a different version)");
      return false;
    }
    return true;
  }

  private String unavailableMessage(
      Dataset dataset, DatasetFile file, List<String> tried, Path cached) {
    return "Dataset `"
        + dataset.id()
        + "` ("
        + dataset.title()
        + "): file `"
        + file.path()
        + "` is not available.\nTried:\n  - "
        + String.join("\n  - ", tried)
        + "\nTo provide it: "
        + (file.downloadable() ? "download " + file.url() + " to " + cached + ", or " : "")
        + "set LEARNING_LAB_DATA_MIRROR to a folder holding "
        + dataset.mirrorDir()
        + "/"
        + file.path()
        + " ("
        + file.checksumName()
        + " "
        + file.checksum()
        + ").";
  }
}
