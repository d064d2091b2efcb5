package dev.learninglab.labs.captioning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.testing.BadInputs;
import dev.learninglab.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 30: a Latin-1 hypotheses file is named with its line, not "Input length = 1". */
class BleuBadInputTest {
  @TempDir Path dir;

  @Test
  void latin1HypothesesAreRefusedNamingTheLine() throws Exception {
    Path refs = Files.writeString(dir.resolve("refs.txt"), "a dog runs\na café\n");
    Path hyps = BadInputs.latin1(dir.resolve("hyps.txt"), "a dog runs\na café\n");
    Cli bad =
        Cli.run(
            "captioning", "bleu", "--hypotheses", hyps.toString(), "--references", refs.toString());
    assertThat(bad.code()).as(bad.err()).isEqualTo(1);
    assertThat(bad.err())
        .contains("hyps.txt is not UTF-8 text at line 2")
        .doesNotContain("Input length");
  }
}
