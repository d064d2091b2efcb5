package dev.learninglab.labs.pipeline.model.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A UTF-8 text file as a String. */
public final class TextDataset extends FileDataset {
  public TextDataset(String name, Path filepath, Versioning versioning) {
    super(name, filepath, versioning);
  }

  @Override
  protected Object read(Path file) throws IOException {
    return Files.readString(file);
  }

  @Override
  protected void write(Path file, Object value) throws IOException {
    Files.writeString(file, String.valueOf(value));
  }

  @Override
  public String type() {
    return "text";
  }
}
