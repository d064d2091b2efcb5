package dev.learninglab.labs.captioning.io;

import dev.learninglab.core.io.TextInput;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.captioning.model.Flickr8kDataset;
import dev.learninglab.labs.captioning.model.Flickr8kExample;
import dev.learninglab.labs.captioning.model.Flickr8kText;
import dev.learninglab.labs.captioning.model.SceneGenerator;
import dev.learninglab.labs.captioning.model.Split;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Joins Flickr8k's captions and split lists with its photos, read from where a learner has them: a
 * folder of the JPEGs, a folder holding the unzipped {@code Flicker8k_Dataset/} (the distributed
 * folder name, misspelt), or {@code Flickr8k_Dataset.zip} itself (read in place, never unpacked).
 * Every photo of the requested splits is decoded once, centre-cropped and scaled to the models'
 * side ({@link CaptionImages#centreSquareBytes}). A split image that is missing is an error that
 * says how many are missing and where they were looked for: a run never trains on a silently
 * smaller set.
 */
public final class Flickr8kImages {

  /** The catalogued zip of the photos ({@code data/catalog.json}). */
  public static final String DATASET_ID = "flickr8k-images";

  /** The zip's name in the catalog, as distributed. */
  public static final String ZIP = "Flickr8k_Dataset.zip";

  /** The photos' folder inside the zip, as Flickr8k distributes it (sic). */
  public static final String FOLDER = "Flicker8k_Dataset";

  /** The largest photo read (Flickr8k's are under 1 MB), inflated or not. */
  static final long MAX_PHOTO_BYTES = 32L << 20;

  /** The most a zipped photo may inflate (JPEGs hardly compress). */
  private static final long MAX_RATIO = 100;

  private Flickr8kImages() {}

  /** Loads the photos of {@code splits} from {@code source} (folder or zip). */
  public static Flickr8kDataset load(
      Flickr8kText text, Path source, Set<Split> splits, Progress progress) throws IOException {
    try (Photos photos = Photos.open(source)) {
      checkComplete(text, photos, splits);
      int total = splits.stream().mapToInt(s -> text.images(s).size()).sum();
      int done = 0;
      Map<Split, List<Flickr8kExample>> loaded = new EnumMap<>(Split.class);
      for (Split split : Split.values()) {
        if (!splits.contains(split)) {
          continue;
        }
        List<Flickr8kExample> examples = new ArrayList<>();
        for (String name : text.images(split)) {
          progress.checkCancelled();
          byte[] rgb =
              CaptionImages.centreSquareBytes(
                  CaptionImages.read(photos.bytes(name), photos.where(name)), SceneGenerator.SIDE);
          examples.add(new Flickr8kExample(name, rgb, text.captionsOf(name)));
          progress.report(++done, total, "decoded " + name);
        }
        loaded.put(split, examples);
      }
      return new Flickr8kDataset(loaded);
    }
  }

  private static void checkComplete(Flickr8kText text, Photos photos, Set<Split> splits)
      throws IOException {
    List<String> gaps = new ArrayList<>();
    String firstMissing = null;
    int found = 0;
    for (Split split : Split.values()) {
      if (!splits.contains(split)) {
        continue;
      }
      int missing = 0;
      for (String name : text.images(split)) {
        if (photos.has(name)) {
          found++;
        } else {
          missing++;
          firstMissing = firstMissing == null ? name : firstMissing;
        }
      }
      if (missing > 0) {
        gaps.add(
            "%d of the %d %s images".formatted(missing, text.images(split).size(), split.label()));
      }
    }
    if (found == 0) {
      throw new IOException(
          photos.where()
              + " holds none of the Flickr8k photos (looked for names such as "
              + firstMissing
              + "); expected the unzipped "
              + FOLDER
              + " folder, its parent, or Flickr8k_Dataset.zip");
    }
    if (!gaps.isEmpty()) {
      throw new IOException(
          photos.where()
              + " lacks "
              + String.join(" and ", gaps)
              + " (first missing: "
              + firstMissing
              + "); Flickr8k's standard split needs every one of them");
    }
  }

  /** The photos by file name, from a folder or the zip. */
  private interface Photos extends Closeable {

    static Photos open(Path source) throws IOException {
      if (Files.isDirectory(source)) {
        for (String sub : List.of(FOLDER, "Flickr8k_Dataset")) {
          if (Files.isDirectory(source.resolve(sub))) {
            return new Folder(source.resolve(sub));
          }
        }
        return new Folder(source);
      }
      if (Files.isRegularFile(source)) {
        return new Zip(source);
      }
      throw new IOException(
          source + " does not exist: expected a folder of the Flickr8k photos or its zip");
    }

    boolean has(String name);

    byte[] bytes(String name) throws IOException;

    /** Where the photos are, for messages. */
    String where();

    /** Where one photo is, for messages. */
    String where(String name);

    @Override
    default void close() throws IOException {}
  }

  private record Folder(Path dir) implements Photos {
    @Override
    public boolean has(String name) {
      return Files.isRegularFile(dir.resolve(name));
    }

    @Override
    public byte[] bytes(String name) throws IOException {
      try (InputStream in = TextInput.open(dir.resolve(name), MAX_PHOTO_BYTES)) {
        return in.readAllBytes();
      }
    }

    @Override
    public String where() {
      return dir.toString();
    }

    @Override
    public String where(String name) {
      return dir.resolve(name).toString();
    }
  }

  /** The zip read in place; macOS resource forks ({@code __MACOSX/}) are not photos. */
  private static final class Zip implements Photos {
    private final Path file;
    private final ZipFile zip;
    private final Map<String, ZipEntry> entries = new HashMap<>();

    Zip(Path file) throws IOException {
      this.file = file;
      try {
        this.zip = new ZipFile(file.toFile());
      } catch (IOException e) {
        throw new IOException(file + " is not a readable zip: " + e.getMessage(), e);
      }
      zip.stream()
          .filter(e -> !e.isDirectory() && !e.getName().startsWith("__MACOSX/"))
          .forEach(e -> entries.put(e.getName().substring(e.getName().lastIndexOf('/') + 1), e));
    }

    @Override
    public boolean has(String name) {
      return entries.containsKey(name);
    }

    @Override
    public byte[] bytes(String name) throws IOException {
      ZipEntry entry = entries.get(name);
      long packed = entry.getCompressedSize();
      // a photo barely compresses (JPEG); one that inflates a hundredfold is a zip bomb
      if (packed > 0 && entry.getSize() > MAX_RATIO * packed + (1 << 20)) {
        throw new IOException(
            where(name) + " inflates " + entry.getSize() / packed + " times; not a photo, refused");
      }
      // the declared size may lie: the inflated bytes are counted as they come
      try (InputStream in =
          TextInput.capped(zip.getInputStream(entry), MAX_PHOTO_BYTES, where(name))) {
        return in.readAllBytes();
      }
    }

    @Override
    public String where() {
      return file.toString();
    }

    @Override
    public String where(String name) {
      return file + "!/" + entries.get(name).getName();
    }

    @Override
    public void close() throws IOException {
      zip.close();
    }
  }
}
