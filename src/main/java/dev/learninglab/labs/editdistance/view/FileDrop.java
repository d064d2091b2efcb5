package dev.learninglab.labs.editdistance.view;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.TransferHandler;

/** Accepts files dropped from the desktop and hands their paths on. */
final class FileDrop extends TransferHandler {
  private final Consumer<List<Path>> onDrop;

  FileDrop(Consumer<List<Path>> onDrop) {
    this.onDrop = onDrop;
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
      onDrop.accept(files.stream().map(f -> ((File) f).toPath()).toList());
      return true;
    } catch (UnsupportedFlavorException | IOException e) {
      return false;
    }
  }
}
