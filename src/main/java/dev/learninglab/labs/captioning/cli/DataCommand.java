package dev.learninglab.labs.captioning.cli;

import dev.learninglab.core.io.Json;
import dev.learninglab.core.task.ConsoleProgress;
import dev.learninglab.labs.captioning.io.ShapesFiles;
import dev.learninglab.labs.captioning.model.ShapesDataset;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code captioning data}: writes the generated shapes dataset as files. */
@Command(
    name = "data",
    description =
        "Write the shapes-scenes dataset: images/*.png, captions.txt (Flickr8k format),"
            + " train/dev/test lists and scenes.json (the truth).")
final class DataCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--dataset", required = true, description = "shapes")
  String dataset;

  @Option(names = "--out", required = true, description = "Folder to write.")
  Path out;

  @Option(names = "--count", defaultValue = "8000", description = "Images (default 8000).")
  int count;

  @Option(names = "--seed", defaultValue = "8", description = "Generator seed (default 8).")
  long seed;

  @Option(names = "--json", description = "Print a JSON summary.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (!"shapes".equals(dataset)) {
      throw new IllegalArgumentException(
          "--dataset " + dataset + ": only `shapes` is generated (Flickr8k images are not ours)");
    }
    ShapesDataset data = ShapesDataset.generate(count, seed);
    PrintWriter err = spec.commandLine().getErr();
    ShapesFiles.Summary summary = ShapesFiles.write(data, out, new ConsoleProgress(err));
    PrintWriter o = spec.commandLine().getOut();
    if (json) {
      Json.print(o, summary);
    } else {
      o.printf(
          "%d images, %d captions (train %d, dev %d, test %d) written to %s%n",
          summary.images(),
          summary.captions(),
          summary.train(),
          summary.dev(),
          summary.test(),
          summary.out());
      o.flush();
    }
    return 0;
  }
}
