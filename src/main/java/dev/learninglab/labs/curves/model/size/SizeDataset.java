package dev.learninglab.labs.curves.model.size;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.data.IdxFiles;
import dev.learninglab.core.data.ImageSet;
import dev.learninglab.core.data.ResolvedDataset;
import dev.learninglab.core.io.Choice;
import dev.learninglab.core.random.NumpyRandomState;
import dev.learninglab.core.task.Progress;
import java.io.IOException;

/**
 * The datasets the size experiment runs on, and how each is cut into a training pool and a test
 * set. Digits and the MNIST test split have no separate training file, so their images are permuted
 * with {@code RandomState(0)} and the last part is held out; Fashion-MNIST keeps its official
 * 60,000/10,000 split.
 */
public enum SizeDataset {
  DIGITS("digits", 360),
  MNIST_TEST("mnist-test", 2_000),
  FASHION_MNIST("fashion-mnist", 0);

  private final String id;
  private final int heldOut;

  SizeDataset(String id, int heldOut) {
    this.id = id;
    this.heldOut = heldOut;
  }

  public String id() {
    return id;
  }

  public static SizeDataset byId(String id) {
    return Choice.byId(values(), SizeDataset::id, id, "dataset");
  }

  public TrainTest load(DatasetResolver resolver, Progress progress) throws IOException {
    return switch (this) {
      case DIGITS -> holdOut(DigitsCsv.read(resolver.resolve(id, progress).file("digits.csv.gz")));
      case MNIST_TEST -> {
        ResolvedDataset d = resolver.resolve(id, progress);
        yield holdOut(
            IdxFiles.read(
                d.file("t10k-images-idx3-ubyte.gz"), d.file("t10k-labels-idx1-ubyte.gz"), 10));
      }
      case FASHION_MNIST -> {
        ResolvedDataset d = resolver.resolve(id, progress);
        yield new TrainTest(
            id,
            IdxFiles.read(
                d.file("train-images-idx3-ubyte.gz"), d.file("train-labels-idx1-ubyte.gz"), 10),
            IdxFiles.read(
                d.file("t10k-images-idx3-ubyte.gz"), d.file("t10k-labels-idx1-ubyte.gz"), 10));
      }
    };
  }

  /** Permutes with RandomState(0) and keeps the last {@code heldOut} images for testing. */
  TrainTest holdOut(ImageSet all) {
    ImageSet shuffled = all.reorder(new NumpyRandomState(0).permutation(all.count()));
    int cut = all.count() - heldOut;
    return new TrainTest(id, shuffled.range(0, cut), shuffled.range(cut, all.count()));
  }
}
