package dev.learninglab.labs.pipeline.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.learninglab.testing.BadInputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class DataCatalogTest {
  @TempDir Path dir;

  private DataCatalog catalog(String saveVersion) {
    ConfigLoader conf = new ConfigLoader(dir.resolve("conf"));
    DatasetFactory f =
        new DatasetFactory(
            dir,
            saveVersion,
            Map.of("model", Sample.class),
            (id, file) -> {
              throw new DatasetException("no resolver in this test");
            });
    return DataCatalog.fromConfig(conf.catalog(), conf.parameters(), f);
  }

  private void write(String path, String text) throws Exception {
    Files.createDirectories(dir.resolve(path).getParent());
    Files.writeString(dir.resolve(path), text);
  }

  /** A model record for the model dataset. */
  public record Sample(String name, double[] weights) {}

  @Test
  void readsCatalogAndParametersWithLocalOverridingBase() throws Exception {
    write(
        "conf/base/catalog.yml",
        "a:\n  type: csv\n  filepath: data/a.csv\nb:\n  type: text\n  filepath: data/b.txt\n");
    write("conf/local/catalog.yml", "b:\n  type: json\n  filepath: data/local_b.json\n");
    write("conf/base/parameters.yml", "alpha: 1\nopts:\n  size: 0.2\n  names: [x, y]\n");
    write("conf/base/parameters_more.yml", "beta: two\n");
    write("conf/local/parameters.yml", "alpha: 5\n");
    DataCatalog c = catalog("v1");
    assertThat(c.get("a").type()).isEqualTo("csv");
    assertThat(c.get("b").type()).isEqualTo("json");
    assertThat(c.load("params:alpha")).isEqualTo(5);
    assertThat(c.load("params:beta")).isEqualTo("two");
    assertThat(c.load("params:opts.size")).isEqualTo(0.2);
    assertThat(c.load("params:opts.names")).isEqualTo(List.of("x", "y"));
    assertThat(((Map<?, ?>) c.load("parameters")).keySet()).hasToString("[alpha, opts, beta]");
    assertThat(c.get("undeclared").persisted()).isFalse();
  }

  @Test
  void duplicateKeysInOneEnvironmentAreAnError() throws Exception {
    write("conf/base/parameters.yml", "alpha: 1\n");
    write("conf/base/parameters_x.yml", "alpha: 2\n");
    assertThatThrownBy(() -> catalog("v"))
        .hasMessageContaining("Duplicate key `alpha` in conf/base");
  }

  @Test
  void yamlTagsNamingJavaClassesAreRefused() throws Exception {
    write(
        "conf/base/parameters.yml",
        "evil: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n");
    assertThatThrownBy(() -> catalog("v"))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("Invalid YAML")
        .hasMessageContaining("parameters.yml");
  }

  @Test
  void unknownTypesAndParquetSayWhy() throws Exception {
    write("conf/base/catalog.yml", "a:\n  type: pandas.FeatherDataset\n  filepath: x\n");
    assertThatThrownBy(() -> catalog("v"))
        .hasMessageContaining("Catalog entry `a` has unknown type `pandas.FeatherDataset`");
    write("conf/base/catalog.yml", "a:\n  type: pandas.ParquetDataset\n  filepath: x\n");
    assertThatThrownBy(() -> catalog("v")).hasMessageContaining("Parquet is not supported");
    write("conf/base/catalog.yml", "a:\n  type: csv\n  filpath: x\n");
    assertThatThrownBy(() -> catalog("v")).hasMessageContaining("unknown key `filpath`");
  }

  @Test
  void datasetFactoriesFillPlaceholdersAndPreferTheMostSpecific() throws Exception {
    write(
        "conf/base/catalog.yml",
        "\"{name}_table\":\n  type: csv\n  filepath: data/{name}.csv\n"
            + "\"{a}_{b}\":\n  type: text\n  filepath: data/{a}-{b}.txt\n"
            + "\"model_{name}_table\":\n  type: json\n  filepath: data/m/{name}.json\n");
    DataCatalog c = catalog("v");
    assertThat(c.get("cars_table")).hasToString("csv " + dir.resolve("data/cars.csv"));
    assertThat(c.get("model_x_table").type()).isEqualTo("json");
    assertThat(c.get("foo_bar").type()).isEqualTo("text");
    assertThat(c.get("plain").type()).isEqualTo("memory");
    Table t =
        Table.create("t", StringColumn.create("s", "a", "b"), DoubleColumn.create("d", 1.5, 2.25));
    c.save("cars_table", t);
    Table back = (Table) catalog("v").load("cars_table");
    assertThat(back.doubleColumn("d").asList()).containsExactly(1.5, 2.25);
  }

  @Test
  void versionedDatasetsKeepEveryVersionAndLoadLatestOrPinned() throws Exception {
    write(
        "conf/base/catalog.yml",
        "model:\n  type: model\n  filepath: data/06_models/model.json\n  versioned: true\n");
    catalog("2026-01-01T00.00.00.000Z").save("model", new Sample("first", new double[] {1}));
    catalog("2026-01-02T00.00.00.000Z").save("model", new Sample("second", new double[] {2}));
    DataCatalog c = catalog("2026-01-03T00.00.00.000Z");
    assertThat(c.get("model").versions())
        .containsExactly("2026-01-01T00.00.00.000Z", "2026-01-02T00.00.00.000Z");
    assertThat(((Sample) c.load("model")).name()).isEqualTo("second");
    assertThat(
            Files.isRegularFile(
                dir.resolve("data/06_models/model.json/2026-01-01T00.00.00.000Z/model.json")))
        .isTrue();
    write(
        "conf/local/catalog.yml",
        "model:\n  type: model\n  filepath: data/06_models/model.json\n  versioned: true\n  load_version: 2026-01-01T00.00.00.000Z\n");
    assertThat(((Sample) catalog("x").load("model")).name()).isEqualTo("first");
    assertThatThrownBy(
            () ->
                catalog("2026-01-01T00.00.00.000Z")
                    .save("model", new Sample("again", new double[0])))
        .hasMessageContaining("never overwritten");
  }

  @Test
  void modelDatasetRefusesOtherTypesAndVersionsNeverRepeat() throws Exception {
    write("conf/base/catalog.yml", "model:\n  type: model\n  filepath: data/model.json\n");
    assertThatThrownBy(() -> catalog("v").save("model", "a string"))
        .hasMessageContaining("holds Sample, not String");
    assertThat(Versioning.newVersion()).isNotEqualTo(Versioning.newVersion());
  }

  @Test
  void excelRoundTripKeepsNumbersTextAndBlanks() throws Exception {
    write("conf/base/catalog.yml", "sheet:\n  type: excel\n  filepath: data/s.xlsx\n");
    DoubleColumn price = DoubleColumn.create("price", 1715.0, 0.1 + 0.2, 3);
    price.setMissing(2);
    Table t = Table.create("s", StringColumn.create("name", "a", "", "c"), price);
    catalog("v").save("sheet", t);
    Table back = (Table) catalog("v").load("sheet");
    assertThat(back.columnNames()).containsExactly("name", "price");
    assertThat(back.doubleColumn("price").get(0)).isEqualTo(1715.0);
    assertThat(back.doubleColumn("price").get(1)).isEqualTo(0.1 + 0.2);
    assertThat(back.doubleColumn("price").isMissing(2)).isTrue();
    assertThat(back.stringColumn("name").get(2)).isEqualTo("c");
  }

  @Test
  void missingFilesAndUnsavedMemoryGiveClearMessages() throws Exception {
    write("conf/base/catalog.yml", "a:\n  type: csv\n  filepath: data/a.csv\n");
    assertThatThrownBy(() -> catalog("v").load("a"))
        .hasMessageContaining("Dataset `a` (csv): file")
        .hasMessageContaining("does not exist");
    assertThatThrownBy(() -> catalog("v").load("zzz"))
        .hasMessageContaining("Dataset `zzz` is not in the catalog");
    assertThatThrownBy(() -> new MemoryDataset("m").load()).hasMessageContaining("no data yet");
  }

  @Test
  @Timeout(120) // a guard against the hang (> 300 s before), not a timing assertion
  void aHugeConfigurationFileIsRefusedBeforeParsing() throws Exception {
    write("conf/base/catalog.yml", "a: " + BadInputs.hugeLine(50_000_000) + "\n");
    assertThatThrownBy(() -> catalog("v"))
        .hasMessageContaining("catalog.yml is larger than 1 MB")
        .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(300));
  }

  @Test
  void aLongCsvCellLoadsAndBinaryCsvGivesOneCleanLine() throws Exception {
    write(
        "conf/base/catalog.yml",
        "a:\n  type: csv\n  filepath: data/a.csv\nb:\n  type: csv\n  filepath: data/b.csv\n");
    write("data/a.csv", "x,y\n" + "z".repeat(5000) + ",1\n");
    write("data/b.csv", BadInputs.terminalGarbage() + "\n\u0000\u0001,\u0002\n");
    DataCatalog c = catalog("v");
    assertThat(((Table) c.load("a")).stringColumn("x").get(0)).hasSize(5000);
    write("data/a.csv", "x,y\n" + "z".repeat(CsvDataset.MAX_CELL_CHARS + 1) + ",1\n");
    assertThatThrownBy(() -> c.load("a"))
        .satisfies(
            e ->
                assertThat(BadInputs.isOneCleanLine(e.getMessage(), 400))
                    .as(e.getMessage())
                    .isTrue());
    assertThatThrownBy(() -> c.load("b"))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("b.csv looks binary (the control byte 0x1B at offset 0)")
        .satisfies(
            e ->
                assertThat(BadInputs.isOneCleanLine(e.getMessage(), 400))
                    .as(e.getMessage())
                    .isTrue());
  }

  @Test
  void savingOverAFolderIsRefusedAndKeepsIt() throws Exception {
    write("conf/base/catalog.yml", "t:\n  type: text\n  filepath: data/t.txt\n");
    Path folder = Files.createDirectories(dir.resolve("data/t.txt"));
    Files.writeString(folder.resolve("keep"), "keep");
    DataCatalog c = catalog("v");
    assertThatThrownBy(() -> c.save("t", "hello")).hasMessageContaining("is a folder");
    assertThat(folder.resolve("keep")).hasContent("keep");
  }

  @Test
  void aTextDatasetWithABomLoadsWithoutIt() throws Exception {
    write("conf/base/catalog.yml", "t:\n  type: text\n  filepath: data/t.txt\n");
    Files.createDirectories(dir.resolve("data"));
    BadInputs.withBom(dir.resolve("data/t.txt"), "hello");
    assertThat(catalog("v").load("t")).isEqualTo("hello");
  }
}
