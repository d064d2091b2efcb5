package dev.learninglab.core.view;

import static dev.learninglab.core.i18n.CoreTexts.T;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.TransferHandler;

/**
 * Accepts files dropped from the desktop and hands their paths on; a drop that cannot be read is
 * reported to {@code onError} (when given) instead of being ignored.
 *
 * <pre>{@code pane.setTransferHandler(FileDrop.first(this::open, status::setText));}</pre>
 */
public final class FileDrop extends TransferHandler {
  private final Consumer<List<Path>> onDrop;
  private final Consumer<String> onError;

  public FileDrop(Consumer<List<Path>> onDrop) {
    this(onDrop, message -> {});
  }

  public FileDrop(Consumer<List<Path>> onDrop, Consumer<String> onError) {
    this.onDrop = onDrop;
    this.onError = onError;
  }

  /** Takes the first dropped file only: for views that show one file at a time. */
  public static FileDrop first(Consumer<Path> onFile, Consumer<String> onError) {
    return new FileDrop(paths -> onFile.accept(paths.get(0)), onError);
  }

  @Override
  public boolean canImport(TransferSupport support) {
    return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
  }

  @Override
  public boolean importData(TransferSupport support) {
    if (!canImport(support)) {
      return false;
    }
    try {
      List<?> files =
          (List<?>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
      List<Path> paths =
          files.stream().filter(File.class::isInstance).map(f -> ((File) f).toPath()).toList();
      if (paths.isEmpty()) {
        return false;
      }
      onDrop.accept(paths);
      return true;
    } catch (UnsupportedFlavorException | IOException e) {
      onError.accept(T.get("core.file.dropFailed", e.getMessage()));
      return false;
    }
  }
}
