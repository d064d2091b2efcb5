package dev.learninglab.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.learninglab.testing.BadInputs;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextInputTest {
  @TempDir Path dir;

  @Test
  void anEndlessDeviceIsStoppedAtTheCap() {
    assertThatThrownBy(() -> TextInput.read(BadInputs.INFINITE, 1 << 20))
        .isInstanceOf(IOException.class)
        .hasMessage("/dev/zero is larger than 1 MB, the most this command reads; refused");
  }

  @Test
  void aFileUpToTheCapIsRead() throws IOException {
    Path f = Files.writeString(dir.resolve("a.txt"), "12345");
    assertThat(TextInput.read(f, 5)).isEqualTo("12345");
    assertThatThrownBy(() -> TextInput.read(f, 4)).hasMessageContaining("larger than 4 bytes");
  }

  @Test
  void aRegularFileOverTheCapIsRefusedByItsSizeAndAnUncappedReadEnds() throws IOException {
    Path big = BadInputs.sparseFile(dir.resolve("big.csv"), 3L << 20);
    assertThatThrownBy(() -> TextInput.open(big, 1 << 20))
        .hasMessage(big + " is larger than 1 MB (3 MB), the most this command reads; refused");
    try (var in = TextInput.open(big, Long.MAX_VALUE)) {
      assertThat(in.readAllBytes()).hasSize(3 << 20);
    }
  }

  @Test
  void binaryBytesAreRefusedAsNotText() throws IOException {
    Path text = Files.writeString(dir.resolve("t.csv"), "a,b\tc\r\n1,2\f\n");
    TextInput.requireText(text, 1024);
    Path garbage = Files.writeString(dir.resolve("g.csv"), "a,b\n" + BadInputs.terminalGarbage());
    assertThatThrownBy(() -> TextInput.requireText(garbage, 1024))
        .hasMessage(garbage + " looks binary (the control byte 0x1B at offset 4); expected text");
    Path nul = Files.write(dir.resolve("n.csv"), new byte[] {'a', 0});
    assertThatThrownBy(() -> TextInput.requireText(nul, 1024))
        .hasMessageContaining("the control byte 0x00 at offset 1");
  }

  @Test
  void aLeadingBomIsDropped() throws IOException {
    Path f = BadInputs.withBom(dir.resolve("bom.txt"), "kitten");
    assertThat(TextInput.read(f, 100)).isEqualTo("kitten");
    try (BufferedReader r = TextInput.reader(f, 100)) {
      assertThat(r.readLine()).isEqualTo("kitten");
    }
  }

  @Test
  void latin1IsRefusedByNameBothWays() throws IOException {
    Path f = BadInputs.latin1(dir.resolve("l1.csv"), "label\ncafé\n");
    assertThatThrownBy(() -> TextInput.read(f, 100))
        .hasMessage(
            f
                + " is not UTF-8 text at line 2 (Latin-1, Windows-1252, GBK/GB18030 or binary?);"
                + " save it as UTF-8");
    assertThatThrownBy(
            () -> {
              try (BufferedReader r = TextInput.reader(f, 100)) {
                r.lines().count();
              }
            })
        .hasMessageContaining("is not UTF-8 text");
  }

  @Test
  void aGbkCsvAsChineseExcelSavesItIsRefusedNamingGbk() throws IOException {
    Path f = dir.resolve("gbk.csv");
    Files.write(f, "label,text\n垃圾,免费中奖\n".getBytes(Charset.forName("GB18030")));
    assertThatThrownBy(() -> TextInput.read(f, 1000)).hasMessageContaining("GBK/GB18030");
    assertThatThrownBy(
            () -> {
              try (BufferedReader r = TextInput.reader(f, 1000)) {
                r.lines().count();
              }
            })
        .hasMessageContaining("GBK/GB18030");
  }

  @Test
  void aFolderAndAMissingFileAreNamed() {
    assertThatThrownBy(() -> TextInput.read(dir, 100))
        .hasMessage(dir + " is a folder; expected a file");
    assertThatThrownBy(() -> TextInput.read(dir.resolve("no"), 100))
        .hasMessage("File not found: " + dir.resolve("no"));
  }
}
