package dev.learninglab.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the two languages in step, in the spirit of JabRef's LocalizationConsistencyTest: every
 * bundle ({@code messages.properties} and its {@code _zh_CN} twin) has the same keys, each key
 * starts with its bundle's one prefix, every key the code names as a literal exists and every key
 * is used, both languages have the same placeholders, every value is a valid MessageFormat with its
 * apostrophes doubled, and the Chinese values hold no English word but names, code and units.
 */
class BundleConsistencyTest {
  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Path SOURCES = Path.of("src/main/java");

  /**
   * Words allowed in Chinese values: names (of the app, libraries, people, data), code the learner
   * types or reads, file formats and units. Anything else in Latin letters is English left over.
   */
  static final Set<String> ALLOWED_LATIN =
      Set.of(
          "Learning",
          "oneDNN",
          "Latin",
          "Windows",
          "GBK",
          "GB18030",
          "ECFP4",
          "Runtime",
          "iris",
          "Lab",
          "CPU",
          "GPU",
          "Apache",
          "POI",
          "Excel",
          "JSON",
          "PNG",
          "CSV",
          "MIT",
          "BSD",
          "Ctrl",
          "Shift",
          "Alt",
          "Esc",
          "Enter",
          "Tab",
          "F1",
          "NumPy",
          "numpy",
          "pip",
          "PyPI",
          "requirements",
          "txt",
          "Levenshtein",
          "Damerau",
          "LCS",
          "DP",
          "dp",
          "ms",
          "dB",
          "KB",
          "MB",
          "GB",
          "px",
          "URL",
          "ID",
          "id",
          "sha256",
          "BLEU",
          "LSTM",
          "MSE",
          "ONNX",
          "DJL",
          "PyTorch",
          "XChart",
          "FlatLaf",
          "Tablesaw",
          "picocli",
          "Jackson",
          "SciPy",
          "scikit",
          "learn",
          "sklearn",
          "Python",
          "Java",
          "JShell",
          "Markdown",
          "UTF",
          "PEP",
          "lev",
          "cost",
          "min",
          "End",
          "Home",
          "I",
          "log",
          "logsumexp",
          "NaN",
          "python3",
          "CNN",
          "MNIST",
          "digits",
          "RandomState",
          "setosa",
          "FTMUSDT",
          "Binance",
          "depthUpdate",
          "ETH",
          "USD",
          "Hz",
          "MIDI",
          "MFCC",
          "STFT",
          "WAV",
          "FLAC",
          "librosa",
          "chroma",
          "stft",
          "fft",
          "A4",
          "C4",
          "Db",
          "Db5",
          "mpg",
          "SM",
          "FSRCNN",
          "PSNR",
          "SSIM",
          "T91",
          "DIV2K",
          "Set5",
          "BT",
          "MATLAB",
          "Adam",
          "RMSprop",
          "sr",
          "t91",
          "v1",
          "v2",
          "v3",
          "Flickr8k",
          "flickr8k",
          "text",
          "end",
          "ImageNet",
          "ogb",
          "CDK",
          "SMILES",
          "RDKit",
          "GS",
          "LF",
          "ROC",
          "AUC",
          "PR",
          "PCA",
          "PC1",
          "PC2",
          "openpom",
          "gs",
          "lf",
          "logit",
          "chiral",
          "deg",
          "chg",
          "rad",
          "hyb",
          "arom",
          "ring",
          "tag",
          "NAME",
          "GOOG",
          "IBM",
          "Alpha",
          "Vantage",
          "API",
          "AR",
          "SMA",
          "DM",
          "Diebold",
          "Mariano",
          "Word",
          "IIN",
          "KL");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]+");

  private static final Map<Path, Properties> ENGLISH = new TreeMap<>();
  private static final Map<Path, Properties> CHINESE = new TreeMap<>();
  private static String allCode;

  @BeforeAll
  static void load() throws IOException {
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      for (Path en : files.filter(p -> p.endsWith("messages.properties")).toList()) {
        ENGLISH.put(en, read(en));
        CHINESE.put(en, read(en.resolveSibling("messages_zh_CN.properties")));
      }
    }
    StringBuilder code = new StringBuilder();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path java : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        code.append(Files.readString(java)).append('\n');
      }
    }
    allCode = code.toString();
  }

  private static Properties read(Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException("every English bundle needs its Chinese twin: " + file, e);
    }
    return p;
  }

  @Test
  void thereAreBundlesToCheck() {
    assertThat(ENGLISH).as("bundles found under %s", RESOURCES).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void bothLanguagesHaveTheSameKeys() {
    ENGLISH.forEach(
        (file, en) ->
            assertThat(keys(CHINESE.get(file)))
                .as("keys of the Chinese twin of %s", file)
                .isEqualTo(keys(en)));
  }

  @Test
  void eachBundleHasOnePrefixOfItsOwn() {
    Set<String> prefixes = new TreeSet<>();
    ENGLISH.forEach(
        (file, en) -> {
          Set<String> own = new TreeSet<>();
          keys(en).forEach(k -> own.add(prefix(k)));
          assertThat(own).as("key prefixes in %s", file).hasSize(1);
          assertThat(prefixes.add(own.iterator().next()))
              .as("prefix %s of %s is taken by another bundle", own, file)
              .isTrue();
        });
  }

  @Test
  void everyKeyTheCodeNamesExists() {
    Set<String> known = new TreeSet<>();
    ENGLISH.values().forEach(p -> known.addAll(keys(p)));
    Set<String> missing = new TreeSet<>(usedKeys());
    missing.removeAll(known);
    assertThat(missing).as("keys named in src/main/java but in no bundle").isEmpty();
  }

  @Test
  void everyKeyIsUsed() {
    Set<String> unused = new TreeSet<>();
    ENGLISH.values().forEach(p -> unused.addAll(keys(p)));
    unused.removeAll(usedKeys());
    assertThat(unused).as("keys no code names (as a \"literal\")").isEmpty();
  }

  @Test
  void bothLanguagesHaveTheSamePlaceholders() {
    List<String> problems = new ArrayList<>();
    ENGLISH.forEach(
        (file, en) ->
            keys(en)
                .forEach(
                    k -> {
                      Set<String> a = placeholders(en.getProperty(k));
                      Set<String> b = placeholders(CHINESE.get(file).getProperty(k));
                      if (!a.equals(b)) {
                        problems.add(k + ": " + a + " in English, " + b + " in Chinese");
                      }
                    }));
    assertThat(problems).isEmpty();
  }

  @Test
  void everyValueIsAMessageFormatWithItsApostrophesDoubled() {
    List<String> problems = new ArrayList<>();
    for (Map<Path, Properties> language : List.of(ENGLISH, CHINESE)) {
      language
          .values()
          .forEach(
              p ->
                  keys(p)
                      .forEach(
                          k -> {
                            String v = p.getProperty(k);
                            try {
                              new MessageFormat(v);
                            } catch (IllegalArgumentException e) {
                              problems.add(k + ": " + e.getMessage());
                            }
                            if (LONE_APOSTROPHE.matcher(v).find()) {
                              problems.add(k + ": an apostrophe must be written twice ('')");
                            }
                          }));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void chineseValuesHoldNoEnglish() {
    List<String> problems = new ArrayList<>();
    CHINESE
        .values()
        .forEach(
            p ->
                keys(p)
                    .forEach(
                        k -> {
                          // tags, entities, placeholders and their formats are code, not words
                          String text =
                              p.getProperty(k)
                                  .replaceAll("<[^>]*>", " ")
                                  .replaceAll("&[a-z]+;", " ")
                                  .replaceAll("\\{[^}]*}", " ")
                                  .replaceAll("`[^`]*`", " ")
                                  // identifiers and calls are code: var_smoothing, f(a, b)
                                  .replaceAll("[A-Za-z_][A-Za-z0-9_]*\\([^)]*\\)", " ")
                                  .replaceAll("[A-Za-z0-9]*_[A-Za-z0-9_]*", " ");
                          Matcher m = LATIN_WORD.matcher(text);
                          while (m.find()) {
                            if (!ALLOWED_LATIN.contains(m.group())) {
                              problems.add(k + ": \"" + m.group() + "\"");
                            }
                          }
                        }));
    assertThat(problems).as("English words in Chinese values").isEmpty();
  }

  @Test
  void theCheckFindsEnglishLeftInAChineseValue() {
    Matcher m = LATIN_WORD.matcher("共 {0} 步 steps".replaceAll("\\{[^}]*}", " "));
    List<String> words = new ArrayList<>();
    while (m.find()) {
      words.add(m.group());
    }
    assertThat(words).containsExactly("steps");
    assertThat(LONE_APOSTROPHE.matcher("the lab's").find()).isTrue();
    assertThat(LONE_APOSTROPHE.matcher("the lab''s").find()).isFalse();
  }

  private Set<String> usedKeys() {
    Set<String> used = new TreeSet<>();
    for (Properties p : ENGLISH.values()) {
      keys(p).stream()
          .map(BundleConsistencyTest::prefix)
          .distinct()
          .forEach(
              prefix -> {
                Matcher m =
                    Pattern.compile("\"(" + Pattern.quote(prefix) + "\\.[A-Za-z0-9_.]+)\"")
                        .matcher(allCode);
                while (m.find()) {
                  used.add(m.group(1));
                }
              });
    }
    return used;
  }

  private static String prefix(String key) {
    return key.substring(0, key.indexOf('.'));
  }

  private static Set<String> keys(Properties p) {
    return new TreeSet<>(p.stringPropertyNames());
  }

  private static Set<String> placeholders(String value) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(value);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
