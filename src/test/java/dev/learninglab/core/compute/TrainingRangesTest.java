package dev.learninglab.core.compute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.testing.Cli;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 30: every train command refuses a learning rate or epoch count out of range as a usage
 * error (exit code 2) before reading data or writing a checkpoint; {@code --lr -1} used to train
 * "successfully" (smell ROC-AUC 0.5, a superres checkpoint written).
 */
class TrainingRangesTest {
  @TempDir Path dir;

  private List<List<String>> trainCommands(Path out) {
    return List.of(
        List.of("smell", "train", "--task", "fruity", "--out", out.toString()),
        List.of(
            "superres", "train", "--scale", "2", "--data", dir.toString(), "--out", out.toString()),
        List.of("captioning", "train", "--out", out.toString()),
        List.of("forecast", "train", "--out", out.toString()));
  }

  @Test
  void epochsMayBeLeftOutOnlyWhereTheCommandGivesADefault() {
    Path out = dir.resolve("out");
    for (List<String> command : trainCommands(out)) {
      if (command.get(0).equals("forecast")) {
        continue; // would train with its default: its help below shows it, nothing is run
      }
      Cli r = Cli.run(command.toArray(String[]::new));
      assertThat(r.code()).as("%s: %s", command, r.err()).isEqualTo(2);
      assertThat(r.err())
          .as("%s", command)
          .contains("Missing required option", "'--epochs=<epochs>'");
      assertThat(out).doesNotExist();
    }
    Cli help = Cli.run("forecast", "train", "--help");
    assertThat(help.out())
        .contains("[--epochs=<epochs>]", "Passes over the training windows (default 40).")
        .contains("Adam's learning rate (default 0.001).");
    Cli smell = Cli.run("smell", "train", "--help");
    assertThat(smell.out()).contains(" --epochs=<epochs>").doesNotContain("[--epochs=<epochs>]");
  }

  @Test
  void aLearningRateThatIsNotAPositiveNumberIsAUsageError() {
    Path out = dir.resolve("out");
    for (List<String> command : trainCommands(out)) {
      for (String lr : new String[] {"-1", "0", "NaN", "Infinity", "-0.0"}) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--epochs", "1", "--lr", lr));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertThat(r.code()).as("%s: %s", args, r.err()).isEqualTo(2);
        assertThat(r.err()).as("%s", args).startsWith("--lr must be a number above 0, got ");
        assertThat(out).doesNotExist();
      }
    }
  }

  @Test
  void epochsOutOfRangeAreAUsageError() {
    Path out = dir.resolve("out");
    for (List<String> command : trainCommands(out)) {
      for (String epochs : new String[] {"0", "-3", "100001"}) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--epochs", epochs));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertThat(r.code()).as("%s: %s", args, r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("--epochs must be 1 to 100000, got " + epochs);
        assertThat(out).doesNotExist();
      }
    }
  }

  @Test
  void smellsSizesAreCheckedBeforeTheDataIsRead() {
    String[][] bad = {
      {"--hidden", "0"}, {"--hidden", "2000000000"}, {"--layers", "0"}, {"--batch", "0"},
      {"--folds", "1"}, {"--ensemble", "0"}, {"--weight-decay", "-1"}, {"--weight-decay", "NaN"}
    };
    for (String[] option : bad) {
      Cli r = Cli.run("smell", "train", "--task", "fruity", "--epochs", "1", option[0], option[1]);
      assertThat(r.code()).as("%s %s: %s", option[0], option[1], r.err()).isEqualTo(2);
      assertThat(r.err()).startsWith(option[0] + " must be ");
    }
  }

  @Test
  void aHugeSuperresArchitectureIsOneLine() {
    Cli r =
        Cli.run(
            "superres",
            "train",
            "--scale",
            "2",
            "--epochs",
            "1",
            "--data",
            dir.toString(),
            "--arch",
            "100000,100000,100000",
            "--out",
            dir.resolve("o").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip())
        .isEqualTo(
            "learning-lab superres train: --arch must be d,s,m such as 56,12,4 (d and s 1 to 512,"
                + " m 0 to 16), got \"100000,100000,100000\"");
  }
}
