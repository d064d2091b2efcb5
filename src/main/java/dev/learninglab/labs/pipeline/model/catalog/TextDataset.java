package dev.learninglab.labs.pipeline.model.catalog;

import dev.learninglab.core.io.TextInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A UTF-8 text file as a String. */
public final class TextDataset extends FileDataset {
  /** Larger text files are refused when loaded. */
  static final long MAX_BYTES = 64L << 20;

  public TextDataset(String name, Path filepath, Versioning versioning) {
    super(name, filepath, versioning);
  }

  @Override
  protected Object read(Path file) throws IOException {
    return TextInput.read(file, MAX_BYTES);
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
