package dev.learninglab.labs.pipeline.model.catalog;

import dev.learninglab.core.io.Quote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Turns a {@link DatasetSpec} into a {@link Dataset}. Type names are ours ({@code csv}, {@code
 * excel}, {@code json}, {@code text}, {@code model}, {@code memory}) or Kedro's equivalents ({@code
 * pandas.CSVDataset}, ...). Paths are relative to the project folder.
 *
 * @param projectDir the folder relative paths start from
 * @param saveVersion the version stamp versioned datasets save under in this run
 * @param modelTypes the classes a {@code model} dataset may hold, by file name without extension
 * @param sources resolves {@code dataset:} + {@code file:} (catalogued raw data) to a local path
 */
public record DatasetFactory(
    Path projectDir,
    String saveVersion,
    Map<String, Class<?>> modelTypes,
    BiFunction<String, String, Path> sources) {

  public Dataset create(DatasetSpec spec) {
    String type = canonicalType(spec);
    if (type.equals("memory")) {
      return new MemoryDataset(spec.name());
    }
    if (spec.sourceDataset() != null) {
      return new SourceDataset(
          spec,
          () ->
              fileDataset(
                  spec, type, sources.apply(spec.sourceDataset(), spec.sourceFile()), null));
    }
    if (spec.filepath() == null) {
      throw new DatasetException(
          "Catalog entry `" + spec.name() + "` (" + spec.type() + ") needs a `filepath`");
    }
    Versioning v = spec.versioned() ? new Versioning(spec.loadVersion(), saveVersion) : null;
    return fileDataset(spec, type, confined(spec), v);
  }

  /**
   * The entry's path, which must lie inside the project folder (after {@code ..} and symbolic
   * links) unless the entry says {@code external: true}: a catalog shared with a project must not
   * read {@code /etc/shadow} or write {@code ../../outside/x.json} behind the learner's back.
   */
  private Path confined(DatasetSpec spec) {
    Path path = projectDir.resolve(spec.filepath()).toAbsolutePath().normalize();
    if (spec.external()) {
      return path;
    }
    Path root = real(projectDir.toAbsolutePath().normalize());
    if (!real(path).startsWith(root)) {
      throw new DatasetException(
          "Catalog entry `"
              + spec.name()
              + "`: its filepath "
              + Quote.of(spec.filepath())
              + " is outside the project; add `external: true` to the entry to use a file there");
    }
    return path;
  }

  /** The path with every symbolic link of its longest existing start resolved. */
  private static Path real(Path path) {
    Path existing = path;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return path;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(path));
    } catch (IOException e) {
      return path;
    }
  }

  private FileDataset fileDataset(DatasetSpec spec, String type, Path path, Versioning v) {
    return switch (type) {
      case "csv" -> new CsvDataset(spec.name(), path, v);
      case "excel" -> new ExcelDataset(spec.name(), path, v);
      case "json" -> new JsonDataset(spec.name(), path, v);
      case "text" -> new TextDataset(spec.name(), path, v);
      case "model" -> new ModelDataset(spec.name(), path, v, modelClass(spec));
      default -> throw new IllegalStateException(type);
    };
  }

  private Class<?> modelClass(DatasetSpec spec) {
    String stem =
        spec.name().contains(".")
            ? spec.name().substring(spec.name().lastIndexOf('.') + 1)
            : spec.name();
    Class<?> c = modelTypes.get(stem);
    if (c == null) {
      throw new DatasetException(
          "Model dataset `"
              + spec.name()
              + "`: the project declares no model class for `"
              + stem
              + "` (declared: "
              + modelTypes.keySet()
              + ")");
    }
    return c;
  }

  static String canonicalType(DatasetSpec spec) {
    String t = spec.type();
    return switch (t) {
      case "memory", "MemoryDataset", "kedro.io.MemoryDataset" -> "memory";
      case "csv", "pandas.CSVDataset" -> "csv";
      case "excel", "pandas.ExcelDataset" -> "excel";
      case "json", "json.JSONDataset" -> "json";
      case "text", "text.TextDataset" -> "text";
      case "model", "pickle.PickleDataset" -> "model";
      case "parquet", "pandas.ParquetDataset" ->
          throw new DatasetException(
              "Catalog entry `"
                  + spec.name()
                  + "`: Parquet is not supported (no light, well-kept Java Parquet library;"
                  + " see docs/labs/pipeline.md) — use type csv");
      default ->
          throw new DatasetException(
              "Catalog entry `"
                  + spec.name()
                  + "` has unknown type `"
                  + t
                  + "` (known: memory, csv, excel, json, text, model)");
    };
  }
}
