package dev.learninglab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.i18n.Language;
import dev.learninglab.core.i18n.Locales;
import dev.learninglab.testing.Cli;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code --help} in Chinese is complete and exact: every command, option and parameter that has an
 * English description has a Chinese one; a key shared by several commands (picocli's unqualified
 * keys) serves only options whose English is the same; and the bundle holds no key that nothing
 * reads.
 */
class CliHelpInChineseTest {
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Set<String> HEADINGS =
      Set.of("usage.synopsisHeading", "usage.commandListHeading");

  @AfterEach
  void backToEnglish() {
    Locales.use(Language.ENGLISH);
  }

  /** One described thing of the tree: its English text and the bundle key picocli finds for it. */
  private record Item(
      String where,
      String english,
      String chinese,
      Optional<String> key,
      String defaultValue,
      String ownBundle,
      String bare) {}

  @Test
  void everyCommandOptionAndParameterHasChineseHelp() {
    List<String> untranslated = new ArrayList<>();
    items().stream()
        .filter(i -> !HAN.matcher(i.chinese()).find())
        .forEach(i -> untranslated.add(i.where() + ": " + i.chinese()));
    assertThat(untranslated).as("described in English only").isEmpty();
    assertThat(bundle().keySet().stream().filter(k -> !HEADINGS.contains(k)))
        .allMatch(k -> HAN.matcher(bundle().getString(k)).find(), "holds Chinese");
  }

  @Test
  void aSharedKeyServesOnlyOptionsWithTheSameEnglish() {
    Map<String, Set<String>> englishByKey = new TreeMap<>();
    items().stream()
        .filter(i -> i.ownBundle() == null)
        .filter(i -> i.key().isPresent() && !i.key().get().startsWith("learning-lab"))
        .forEach(
            i ->
                englishByKey.computeIfAbsent(i.key().get(), k -> new TreeSet<>()).add(i.english()));
    englishByKey.forEach(
        (key, english) -> assertThat(english).as("English texts under key %s", key).hasSize(1));
  }

  @Test
  void aDefaultTheEnglishNamesTheChineseNamesToo() {
    List<String> different = new ArrayList<>();
    items().stream()
        .filter(i -> i.defaultValue() != null && i.english().contains(i.defaultValue()))
        .filter(i -> !i.chinese().contains(i.defaultValue()))
        .forEach(i -> different.add(i.where() + ": " + i.chinese()));
    assertThat(different).as("the default (%s) left out in Chinese", "picocli's").isEmpty();
  }

  @Test
  void everyKeyIsRead() {
    Set<String> read = new TreeSet<>(HEADINGS);
    items().stream().filter(i -> i.ownBundle() == null).forEach(i -> i.key().ifPresent(read::add));
    Set<String> unread = new TreeSet<>(bundle().keySet());
    unread.removeAll(read);
    assertThat(unread).as("keys of %s that nothing reads", HelpLanguage.BUNDLE).isEmpty();
  }

  @Test
  void aCommandsOwnBundleHasNoKeyItDoesNotRead() {
    Map<String, Set<String>> unread = new TreeMap<>();
    Map<String, Set<String>> read = new TreeMap<>();
    items().stream()
        .filter(i -> i.ownBundle() != null)
        .forEach(i -> read.computeIfAbsent(i.ownBundle(), b -> new TreeSet<>()).add(i.bare()));
    read.forEach(
        (base, names) -> {
          ResourceBundle zh = ResourceBundle.getBundle(base, java.util.Locale.SIMPLIFIED_CHINESE);
          Set<String> extra = new TreeSet<>(zh.keySet());
          extra.removeAll(names);
          extra.removeIf(k -> k.endsWith(".default")); // the English file's defaults
          if (!extra.isEmpty()) {
            unread.put(base, extra);
          }
        });
    assertThat(unread).isEmpty();
  }

  @Test
  void helpFollowsTheLanguageAskedFor() {
    Cli chinese = Cli.run("--lang", "zh-CN", "gauntlet", "check", "--help");
    assertThat(chinese.out()).contains("用法：", "填好的模板。", "每小节的时间限制");
    Cli trainer = Cli.run("--lang", "zh-CN", "iin", "train-ae", "--help");
    assertThat(trainer.out()).contains("自编码器在 8,000 个训练数字上的轮数（默认 10）");
    Locales.use(Language.ENGLISH); // a second run in a new process starts in English
    Cli english = Cli.run("gauntlet", "check", "--help");
    assertThat(english.out()).contains("Usage:", "The filled template.");
    assertThat(HAN.matcher(english.out()).find()).as(english.out()).isFalse();
  }

  private static ResourceBundle bundle() {
    return ResourceBundle.getBundle(HelpLanguage.BUNDLE, java.util.Locale.SIMPLIFIED_CHINESE);
  }

  /** Something the help describes, how to read its text, and the keys picocli tries for it. */
  private record Described(
      String where,
      Supplier<String> text,
      List<String> keys,
      String value,
      String bare,
      String ownBundle) {}

  /**
   * Every command description, option and positional parameter with English text, read again after
   * the Chinese bundle is set.
   */
  private static List<Item> items() {
    ResourceBundle zh = bundle();
    CommandLine root = RootCommand.commandLine();
    List<Described> all = new ArrayList<>();
    walk(
        root,
        spec -> {
          String q = spec.qualifiedName(".");
          String own = ownBundle(spec);
          all.add(
              new Described(
                  q,
                  () -> String.join(" ", spec.usageMessage().description()),
                  List.of(q + ".usage.description"),
                  null,
                  "usage.description",
                  own));
          for (OptionSpec o : spec.options()) {
            if (!o.hidden() && !o.inherited()) {
              List<String> keys = new ArrayList<>();
              for (String name : o.names()) {
                String bare = name.replaceFirst("^-+", "");
                keys.add(q + "." + bare);
                keys.add(bare);
              }
              all.add(
                  new Described(
                      q + " " + o.longestName(),
                      text(o),
                      keys,
                      o.defaultValue(),
                      o.longestName().replaceFirst("^-+", ""),
                      own));
            }
          }
          for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden()) {
              String bare = p.paramLabel() + "[" + p.index() + "]";
              all.add(
                  new Described(
                      q + " " + bare,
                      text(p),
                      List.of(q + "." + bare, bare),
                      p.defaultValue(),
                      bare,
                      own));
            }
          }
        });
    List<String> english = all.stream().map(d -> d.text().get()).toList();
    Locales.use(Language.CHINESE);
    HelpLanguage.apply(root);
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Described d = all.get(i);
      if (!english.get(i).isBlank()) {
        items.add(
            new Item(
                d.where(),
                english.get(i),
                d.text().get(),
                found(zh, d.keys()),
                d.value(),
                d.ownBundle(),
                d.bare()));
      }
    }
    Locales.use(Language.ENGLISH);
    return items;
  }

  /** The bundle the command names in its annotation, or null. */
  private static String ownBundle(CommandSpec spec) {
    CommandLine.Command c = spec.userObject().getClass().getAnnotation(CommandLine.Command.class);
    return c == null || c.resourceBundle().isEmpty() ? null : c.resourceBundle();
  }

  private static Supplier<String> text(ArgSpec a) {
    return () -> String.join(" ", a.description());
  }

  /** The first of {@code keys} the bundle has, in picocli's order of looking. */
  private static Optional<String> found(ResourceBundle zh, List<String> keys) {
    return keys.stream().filter(zh::containsKey).findFirst();
  }

  private static void walk(CommandLine cl, Consumer<CommandSpec> visit) {
    visit.accept(cl.getCommandSpec());
    cl.getSubcommands()
        .forEach(
            (name, sub) -> {
              if (sub.getCommandName().equals(name)) {
                walk(sub, visit);
              }
            });
  }
}
