package dev.learninglab.core.compute;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import dev.learninglab.core.io.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saves and loads a block's parameters in DJL's own parameter format, the file written atomically
 * so an interrupted save never leaves a half checkpoint.
 */
public final class ParameterFiles {

  private ParameterFiles() {}

  /** Writes the parameters of an initialised block to {@code file}. */
  public static void save(Block block, Path file) throws IOException {
    AtomicFiles.write(
        file,
        out -> {
          DataOutputStream data = new DataOutputStream(out);
          block.saveParameters(data);
          data.flush();
        });
  }

  /** Reads parameters saved by {@link #save} into a block of the same structure. */
  public static void load(Block block, NDManager manager, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      load(block, manager, in, file.toString());
    }
  }

  /** Reads parameters from a stream (a resource, say); {@code where} names it in errors. */
  public static void load(Block block, NDManager manager, InputStream in, String where)
      throws IOException {
    try (DataInputStream data = new DataInputStream(new BufferedInputStream(in))) {
      block.loadParameters(manager, data);
    } catch (EOFException e) {
      throw new IOException("Parameters in " + where + " end early: the file is truncated", e);
    } catch (MalformedModelException | IllegalArgumentException e) {
      throw new IOException(
          "Parameters in " + where + " do not fit this network: " + e.getMessage(), e);
    }
  }
}
