package dev.learninglab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.i18n.Language;
import dev.learninglab.core.i18n.Locales;
import dev.learninglab.testing.Cli;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Under {@code --lang zh-CN} the commands' human-readable output is Chinese: no line keeps an
 * English sentence. A sentence is told by its small words ("the", "of", "written" …), which names,
 * paths, units and code never need; file paths are taken out first. Each command here is quick and
 * offline; the English output is checked by each command's own tests.
 */
class CliSpeaksChineseTest {
  private static final Pattern ENGLISH =
      Pattern.compile(
          "\\b(the|of|and|with|from|to|on|for|in|at|by|is|are|was|no|not|only|each|every|rows?"
              + "|windows|days|images|sections|written|wrote|saved|best|loss|epochs?|folds?|mean"
              + "|total|correct|accuracy|distance|matrix|operations|warning|size|seed|pass)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PATH = Pattern.compile("(/[\\w.+-]+)+/?");

  @TempDir static Path dir;

  @AfterEach
  void backToEnglish() {
    Locales.use(Language.ENGLISH);
  }

  static Stream<List<String>> commands() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "numpy==1.19\nsix==1.15\n");
    Path b = Files.writeString(dir.resolve("b.txt"), "numpy==1.20\nsix==1.16\n");
    Path hyp = Files.writeString(dir.resolve("hyp.txt"), "a red circle\n");
    Path refs = Files.writeString(dir.resolve("refs.txt"), "a red circle|a big red circle\n");
    Path points =
        Files.writeString(
            dir.resolve("p.csv"), "x,y,kind\n1,2,a\n1,3,a\n2,2,a\n5,5,b\n6,5,b\n5,6,b\n");
    Path picture = dir.resolve("in.png");
    ImageIO.write(new BufferedImage(30, 30, BufferedImage.TYPE_INT_RGB), "png", picture.toFile());
    return Stream.of(
        List.of("edit-distance", "kitten", "sitting"),
        List.of("edit-distance", "match", a.toString(), b.toString()),
        List.of(
            "naive-bayes", "--train", points.toString(), "--label", "kind", "--predict", "1,2;5,5"),
        List.of("curves", "diagnose"),
        List.of("audio", "note", "440"),
        List.of("audio", "info", "data/audio/guit_em9.wav"),
        List.of("audio", "compare", "data/audio/guit_em9.wav", "data/audio/guit_e_fifths.wav"),
        List.of("audio", "mfcc", "data/audio/drum_snare_hard.wav"),
        List.of(
            "depth", "--snapshot", "src/test/resources/depth/synthetic_book.json", "--fill", "5"),
        List.of("pipeline", "new", dir.resolve("hello").toString(), "--starter", "hello"),
        List.of("forecast", "data"),
        List.of("forecast", "baselines"),
        List.of("smell", "featurize", "CCO"),
        List.of("iin", "toy", "--steps", "20"),
        List.of(
            "captioning", "bleu", "--hypotheses", hyp.toString(), "--references", refs.toString()),
        List.of(
            "superres",
            "degrade",
            picture.toString(),
            dir.resolve("small.png").toString(),
            "--scale",
            "3"));
  }

  @org.junit.jupiter.api.Test
  void aFileThatCannotBeReadIsSaidInChinese() throws IOException {
    Cli folder = Cli.run("--lang", "zh-CN", "gauntlet", "check", dir.toString());
    assertThat(folder.err()).contains("是一个文件夹；这里需要文件");
    Path latin1 = dir.resolve("latin1.jsh");
    Files.write(latin1, new byte[] {'/', '/', ' ', 'c', 'a', 'f', (byte) 0xe9, '\n'});
    Cli notUtf8 = Cli.run("--lang", "zh-CN", "gauntlet", "check", latin1.toString());
    assertThat(notUtf8.err()).contains("不是 UTF-8 文本（第 1 行）", "请另存为 UTF-8");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void speaksChinese(List<String> command) {
    List<String> args = new ArrayList<>(List.of("--lang", "zh-CN"));
    args.addAll(command);
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    List<String> english = new ArrayList<>();
    (r.out() + "\n" + r.err())
        .lines()
        .forEach(
            line -> {
              Matcher m = ENGLISH.matcher(PATH.matcher(line).replaceAll(" "));
              if (m.find()) {
                english.add("\"" + m.group() + "\" in: " + line);
              }
            });
    assertThat(english).as("English left in the output of %s", command).isEmpty();
  }
}
