package dev.learninglab.labs.smell.model.data;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.smell.model.graph.OgbFeaturizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The lab's two tasks and how their catalogued data become {@link OdourData}. */
public enum OdourTask {
  /** Learning to Smell: is "fruity" among the molecule's odour words? */
  FRUITY("learning-to-smell", "train.csv", "SMILES"),
  /** OpenPOM's GoodScents + Leffingwell: 138 odour labels per molecule. */
  GSLF("openpom-gs-lf", "curated_GS_LF_merged_4983.csv", "nonStereoSMILES");

  private static final String FRUITY_WORD = "fruity";

  private final String datasetId;
  private final String file;
  private final String smilesColumn;

  OdourTask(String datasetId, String file, String smilesColumn) {
    this.datasetId = datasetId;
    this.file = file;
    this.smilesColumn = smilesColumn;
  }

  /** The command-line name: fruity or gslf. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses fruity or gslf, with a message naming the choices. */
  public static OdourTask parse(String text) {
    for (OdourTask t : values()) {
      if (t.cliName().equalsIgnoreCase(text)) {
        return t;
      }
    }
    throw new IllegalArgumentException("task must be fruity or gslf, got '" + text + "'");
  }

  public String datasetId() {
    return datasetId;
  }

  /** Resolves the catalogued file (mirror, cache or download) and reads it. */
  public OdourData load(DatasetResolver datasets, Progress progress) {
    return read(datasets.resolveFile(datasetId, file, progress));
  }

  /** Reads this task's CSV. */
  public OdourData read(Path csvFile) {
    SmilesCsv csv = SmilesCsv.read(csvFile, smilesColumn);
    FeaturizedCsv featurized = FeaturizedCsv.of(csv.values(), new OgbFeaturizer());
    return this == FRUITY ? fromSentences(csv, featurized) : fromColumns(csv, featurized);
  }

  /**
   * Fruity: the label is whether "fruity" is among the molecule's odour words; every other word of
   * the vocabulary becomes an auxiliary label.
   */
  private static OdourData fromSentences(SmilesCsv csv, FeaturizedCsv featurized) {
    List<String> sentences = csv.column("SENTENCE"); // a copy of the column: take it once
    List<Set<String>> words = new ArrayList<>();
    for (int row : featurized.rows()) {
      Set<String> sentence = new TreeSet<>();
      for (String w : sentences.get(row).split(",")) {
        if (!w.isBlank()) {
          sentence.add(w.strip());
        }
      }
      words.add(sentence);
    }
    Set<String> vocabulary = new TreeSet<>();
    words.forEach(vocabulary::addAll);
    vocabulary.remove(FRUITY_WORD);
    List<String> others = List.copyOf(vocabulary);
    float[][] labels = new float[words.size()][];
    float[][] auxiliary = new float[words.size()][];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = new float[] {words.get(i).contains(FRUITY_WORD) ? 1 : 0};
      auxiliary[i] = new float[others.size()];
      for (int t = 0; t < others.size(); t++) {
        auxiliary[i][t] = words.get(i).contains(others.get(t)) ? 1 : 0;
      }
    }
    return new OdourData(
        featurized.graphs(), labels, List.of(FRUITY_WORD), auxiliary, others, featurized.skipped());
  }

  /** GS-LF: one 0/1 column per odour label. */
  private OdourData fromColumns(SmilesCsv csv, FeaturizedCsv featurized) {
    List<String> names = new ArrayList<>(csv.columnNames());
    names.remove(smilesColumn);
    names.remove("descriptors");
    List<List<String>> columns = names.stream().map(csv::column).toList();
    float[][] labels = new float[featurized.graphs().size()][];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = new float[names.size()];
      for (int t = 0; t < names.size(); t++) {
        labels[i][t] = "1".equals(columns.get(t).get(featurized.rows()[i]).strip()) ? 1 : 0;
      }
    }
    return new OdourData(featurized.graphs(), labels, List.copyOf(names), featurized.skipped());
  }
}
