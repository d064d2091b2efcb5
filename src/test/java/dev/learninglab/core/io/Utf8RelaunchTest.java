package dev.learninglab.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.learninglab.LearningLab;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In a C or POSIX locale the program restarts under C.UTF-8 with the arguments as typed. */
class Utf8RelaunchTest {
  @TempDir Path dir;

  @Test
  void takesTheLastArgumentsOfTheKernelsCommandLineAsUtf8() {
    byte[] cmdline = "java\0-jar\0lab.jar\0audio\0café.wav\0".getBytes(StandardCharsets.UTF_8);
    assertThat(Utf8Relaunch.lastArguments(cmdline, 2)).containsExactly("audio", "café.wav");
    assertThat(Utf8Relaunch.lastArguments(cmdline, 0)).isEmpty();
  }

  @Test
  void handsArgumentsOverWithEmptyOnesAndSpacesIntact() {
    List<String> args = List.of("", "a b", "收盘.csv");
    assertThat(Utf8Relaunch.split(Utf8Relaunch.joined(args))).isEqualTo(args);
  }

  @Test
  void knowsUtf8ByAnyOfItsNames() {
    assertThat(Utf8Relaunch.isUtf8("UTF-8")).isTrue();
    assertThat(Utf8Relaunch.isUtf8("utf8")).isTrue();
    assertThat(Utf8Relaunch.isUtf8("ANSI_X3.4-1968")).isFalse();
    assertThat(Utf8Relaunch.isUtf8(null)).isFalse();
  }

  /** {@code LC_ALL=C learning-lab audio info café.wav} used to stop at "cannot convert". */
  @Test
  void aFileNamedOutsideAsciiOpensUnderTheCLocale() throws Exception {
    assumeTrue(
        Utf8Relaunch.isUtf8(System.getProperty("sun.jnu.encoding")),
        "this test's own JVM must be able to name café.wav");
    assumeTrue(Files.isReadable(Path.of("/proc/self/cmdline")), "Linux only");
    Path wav = Files.copy(Path.of("data/audio/drum_heavy_kick.wav"), dir.resolve("café.wav"));
    Path out = dir.resolve("out.txt");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                LearningLab.class.getName(),
                "audio",
                "info",
                wav.toString())
            .redirectOutput(out.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().put("LC_ALL", "C");
    builder.environment().put("LANG", "C");
    builder.environment().remove(Utf8Relaunch.ARGS_FILE);
    Process process = builder.start();
    // the deadline only keeps a broken start from hanging the suite
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("café.wav: WAVE");
  }
}
