package dev.learninglab.labs.pipeline.model.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dataset factory: a catalog key such as {@code "{name}_table"} that matches many dataset names
 * and fills {@code {name}} into the entry's settings. When several patterns match, the most
 * specific wins (more literal characters, then fewer placeholders), as in Kedro.
 */
public final class DatasetPattern {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");
  static final Comparator<DatasetPattern> MOST_SPECIFIC_FIRST =
      Comparator.comparingInt((DatasetPattern p) -> -p.literalChars)
          .thenComparingInt(p -> p.names.size())
          .thenComparing(p -> p.key);

  private final String key;
  private final DatasetSpec spec;
  private final Pattern regex;
  private final List<String> names = new ArrayList<>();
  private final int literalChars;

  DatasetPattern(String key, DatasetSpec spec) {
    this.key = key;
    this.spec = spec;
    StringBuilder re = new StringBuilder("^");
    Matcher m = PLACEHOLDER.matcher(key);
    int last = 0;
    int literal = 0;
    while (m.find()) {
      re.append(Pattern.quote(key.substring(last, m.start()))).append("(.+?)");
      literal += m.start() - last;
      names.add(m.group(1));
      last = m.end();
    }
    re.append(Pattern.quote(key.substring(last))).append("$");
    literal += key.length() - last;
    this.regex = Pattern.compile(re.toString());
    this.literalChars = literal;
  }

  static boolean isPattern(String key) {
    return PLACEHOLDER.matcher(key).find();
  }

  /** The concrete spec for a dataset name, if the pattern matches it. */
  Optional<DatasetSpec> match(String dataset) {
    Matcher m = regex.matcher(dataset);
    if (!m.matches()) {
      return Optional.empty();
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      values.put(names.get(i), m.group(i + 1));
    }
    return Optional.of(spec.fill(dataset, values));
  }
}
