package dev.learninglab.labs.editdistance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequirementListTest {
  @TempDir Path dir;

  @Test
  void dropsCommentsAndBlankLines() {
    RequirementList r = parse("# header\n\nnumpy==1.0  # pinned\r\n  pandas\n#x\n");
    assertThat(r.lines()).containsExactly("numpy==1.0  ", "  pandas");
  }

  @Test
  void emptyFileIsRefused() {
    assertThatThrownBy(() -> parse(""))
        .hasMessage(
            "t.txt has no requirements (it is empty or holds only blank lines and # comments)");
    assertThatThrownBy(() -> parse("# only\n\n")).hasMessageContaining("has no requirements");
  }

  @Test
  void binaryFileIsRefused() {
    assertThatThrownBy(() -> RequirementList.parse("x.bin", new byte[] {'a', 0, 'b'}))
        .hasMessageContaining("x.bin looks binary (a NUL byte at offset 1)");
  }

  @Test
  void nonUtf8IsRefused() {
    assertThatThrownBy(
            () -> RequirementList.parse("x.txt", new byte[] {'a', (byte) 0xC3, '(', '\n'}))
        .hasMessageContaining("x.txt is not UTF-8 text");
  }

  @Test
  void missingFileIsNamed() {
    assertThatThrownBy(() -> RequirementList.read(dir.resolve("nope.txt")))
        .hasMessageStartingWith("File not found: ")
        .hasMessageEndingWith("nope.txt");
  }

  @Test
  void aLineAtTheCapIsReadAndALongerOneRefusedByLine() throws Exception {
    Path f = dir.resolve("big.txt");
    Files.writeString(f, "x".repeat(RequirementList.MAX_LINE_CHARS) + "\nnumpy\n");
    RequirementList r = RequirementList.read(f);
    assertThat(r.lines()).hasSize(2);
    assertThat(r.lines().get(0)).hasSize(RequirementList.MAX_LINE_CHARS);
    Files.writeString(f, "numpy\n" + "x".repeat(RequirementList.MAX_LINE_CHARS + 1) + "\n");
    assertThatThrownBy(() -> RequirementList.read(f))
        .hasMessageContaining(
            "big.txt line 2 is " + (RequirementList.MAX_LINE_CHARS + 1) + " characters long");
  }

  private static RequirementList parse(String text) {
    return RequirementList.parse("t.txt", text.getBytes(StandardCharsets.UTF_8));
  }
}
