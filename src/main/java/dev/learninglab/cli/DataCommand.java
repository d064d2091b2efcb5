package dev.learninglab.cli;

import static dev.learninglab.core.i18n.CoreTexts.T;

import dev.learninglab.core.data.Dataset;
import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.data.ResolvedDataset;
import dev.learninglab.core.i18n.Columns;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.task.ConsoleProgress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code learning-lab data list|fetch}: what the catalog holds and getting it onto disk. */
@Command(
    name = "data",
    description = "List the catalogued datasets or fetch one.",
    mixinStandardHelpOptions = true,
    subcommands = {DataCommand.ListDatasets.class, DataCommand.Fetch.class})
final class DataCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "list", description = "List every catalogued dataset.")
  static final class ListDatasets implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
      List<Dataset> datasets = DatasetResolver.standard().catalog().datasets();
      var out = spec.commandLine().getOut();
      if (json) {
        Json.print(out, Map.of("datasets", datasets.stream().map(DataCommand::summary).toList()));
      } else {
        for (Dataset d : datasets) {
          int files = d.files().size();
          out.printf(
              "%-20s %-22s %4d %s %s  %s%n",
              d.id(),
              d.origin(),
              files,
              Columns.left(T.get("core.data.files", files), 5),
              Columns.right(d.sizeKnown() ? d.sizeText() : T.get("core.data.sizeUnknown"), 12),
              d.displayTitle());
        }
      }
      return 0;
    }
  }

  @Command(name = "fetch", description = "Resolve a dataset (bundled, cache, mirror or download).")
  static final class Fetch implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Dataset id, as `data list` shows it.")
    String id;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
      ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
      ResolvedDataset resolved = DatasetResolver.standard().resolve(id, progress);
      progress.done();
      var out = spec.commandLine().getOut();
      if (json) {
        Map<String, Object> result = summary(resolved.dataset());
        Map<String, String> paths = new LinkedHashMap<>();
        resolved.files().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .forEach(e -> paths.put(e.getKey(), e.getValue().toString()));
        result.put("paths", paths);
        Json.print(out, result);
      } else {
        resolved.files().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .forEach(e -> out.println(e.getKey() + "\t" + e.getValue()));
      }
      return 0;
    }
  }

  private static Map<String, Object> summary(Dataset d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id());
    m.put("title", d.title());
    m.put("licence", d.licence());
    m.put("origin", d.origin());
    m.put("bundled", d.bundled());
    m.put("files", d.files().size());
    m.put("bytes", d.sizeKnown() ? d.totalSize() : null); // null: the publisher gives no size
    return m;
  }
}
