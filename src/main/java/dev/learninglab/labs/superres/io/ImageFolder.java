package dev.learninglab.labs.superres.io;

import dev.learninglab.labs.superres.model.NamedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The pictures of a folder (PNG, JPEG, BMP), sorted by name. */
public final class ImageFolder {

  private ImageFolder() {}

  public static List<NamedImage> load(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("Image folder " + dir + " does not exist");
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(ImageFolder::isImage).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("Image folder " + dir + " holds no .png, .jpg or .bmp files");
    }
    List<NamedImage> images = new ArrayList<>();
    for (Path f : files) {
      images.add(new NamedImage(f.getFileName().toString(), ImageFiles.read(f)));
    }
    return images;
  }

  private static boolean isImage(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(p)
        && (n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".bmp"));
  }
}
