package dev.learninglab.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.learninglab.testing.BadInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  /** Under /proc the temporary file cannot be made; the message used to be its bare name. */
  @Test
  void aFolderWhereNoFileCanBeMadeIsNamedWithTheOutput() {
    Path proc = Path.of("/proc/learning-lab-test.csv");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(proc.getParent()), "Linux");
    assertThatThrownBy(() -> AtomicFiles.writeString(proc, "x"))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("Cannot write " + proc + ": ");
  }

  /** "No space left" in the hidden folder being filled is reported for the folder it was for. */
  @Test
  void aFailedFolderWriteNamesTheFolderNotItsHiddenTwin() {
    Path target = dir.resolve("dataset");
    assertThatThrownBy(
            () ->
                AtomicFiles.replaceFolder(
                    target,
                    fresh -> {
                      throw new IOException(
                          "Cannot write " + fresh.resolve("a.png") + ": No space left on device");
                    }))
        .hasMessage("Cannot write " + target.resolve("a.png") + ": No space left on device");
    assertThat(target).doesNotExist();
  }

  @Test
  void writeReplacesTheContent() throws IOException {
    Path f = dir.resolve("a.txt");
    AtomicFiles.writeString(f, "old");
    AtomicFiles.writeString(f, "new");
    assertThat(Files.readString(f)).isEqualTo("new");
  }

  @Test
  void aFailingWriterLeavesTheOldFileAndNoTemporary() throws IOException {
    Path f = dir.resolve("a.txt");
    AtomicFiles.writeString(f, "kept");
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    f,
                    out -> {
                      out.write("half".getBytes());
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");
    assertThat(Files.readString(f)).isEqualTo("kept");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(f);
    }
  }

  @Test
  void aWrittenFileHasTheSamePermissionsAsAnOrdinaryNewFile() throws IOException {
    Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));
    Path written = dir.resolve("written.txt");
    AtomicFiles.writeString(written, "x");
    assertThat(Files.getPosixFilePermissions(written))
        .isEqualTo(Files.getPosixFilePermissions(ordinary));
  }

  @Test
  void aWriterMayCloseItsStreamAsJacksonDoes() throws IOException {
    Path f = dir.resolve("settings.json");
    AtomicFiles.write(f, out -> Json.mapper().writeValue(out, java.util.Map.of("a", 1)));
    assertThat(Files.readString(f)).contains("\"a\"");
  }

  @Test
  void anEmptyFolderAtTheTargetIsRefusedAndKept() throws IOException {
    Path folder = BadInputs.emptyFolder(dir);
    assertThatThrownBy(() -> AtomicFiles.writeString(folder, "x"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is a folder");
    assertThat(folder).isDirectory();
  }

  @Test
  void aFullFolderAtTheTargetIsRefusedAndKept() throws IOException {
    Path folder = BadInputs.fullFolder(dir);
    assertThatThrownBy(() -> AtomicFiles.writeString(folder, "x")).hasMessageContaining("folder");
    assertThat(folder.resolve("keep.txt")).hasContent("keep");
  }

  @Test
  void aDeviceIsNeverReplaced() {
    assertThatThrownBy(() -> AtomicFiles.writeString(BadInputs.DEVICE, "x"))
        .hasMessageContaining("device, pipe or socket");
    assertThat(Files.isRegularFile(BadInputs.DEVICE)).isFalse();
  }

  @Test
  void aFifoIsRefusedAndKept() throws Exception {
    Path fifo = BadInputs.fifo(dir);
    assertThatThrownBy(() -> AtomicFiles.writeString(fifo, "x"))
        .hasMessageContaining("device, pipe or socket");
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(Files.exists(fifo)).isTrue();
  }

  @Test
  void aSymlinkIsFollowedAndStaysALink() throws IOException {
    Path real = dir.resolve("real.txt");
    Files.writeString(real, "old");
    Path link = BadInputs.symlinkTo(dir, "link.txt", real);
    AtomicFiles.writeString(link, "new");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(real).hasContent("new");
  }

  @Test
  void aDanglingSymlinkIsRefused() throws IOException {
    Path link = BadInputs.danglingSymlink(dir);
    assertThatThrownBy(() -> AtomicFiles.writeString(link, "x"))
        .hasMessageContaining("symbolic link")
        .hasMessageContaining("does not exist");
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void aParentThatIsAFileIsNamed() throws IOException {
    Path file = Files.writeString(dir.resolve("plain"), "x");
    assertThatThrownBy(() -> AtomicFiles.writeString(file.resolve("out.txt"), "y"))
        .hasMessageContaining("is not a folder");
  }

  @Test
  void aFolderIsReplacedAsOneUnit() throws IOException {
    Path unit = dir.resolve("unit");
    AtomicFiles.replaceFolder(unit, f -> Files.writeString(f.resolve("a"), "1"));
    AtomicFiles.replaceFolder(unit, f -> Files.writeString(f.resolve("b"), "2"));
    try (var files = Files.list(unit)) {
      assertThat(files).containsExactly(unit.resolve("b"));
    }
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(unit);
    }
  }

  @Test
  void aFailedFolderWriteKeepsTheLastGoodOne() throws IOException {
    Path unit = dir.resolve("unit");
    AtomicFiles.replaceFolder(unit, f -> Files.writeString(f.resolve("a"), "good"));
    assertThatThrownBy(
            () ->
                AtomicFiles.replaceFolder(
                    unit,
                    f -> {
                      Files.writeString(f.resolve("a"), "half");
                      throw new IOException("killed");
                    }))
        .hasMessage("killed");
    assertThat(unit.resolve("a")).hasContent("good");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(unit);
    }
  }

  @Test
  void aKillBetweenTheTwoRenamesIsRecovered() throws IOException {
    Path unit = dir.resolve("unit");
    AtomicFiles.replaceFolder(unit, f -> Files.writeString(f.resolve("a"), "good"));
    // what a kill right after moving the old folder aside leaves
    Files.move(unit, dir.resolve(".unit.previous"));
    AtomicFiles.recoverFolder(unit);
    assertThat(unit.resolve("a")).hasContent("good");
  }

  @Test
  void killedDuringAWriteTheOldFileIsWhole() throws Exception {
    Path f = dir.resolve("o.png");
    AtomicFiles.writeString(f, "old");
    killMidWrite(f, "file");
    assertThat(f).hasContent("old");
    assertThat(leftovers(".o.png.")).as("what the kill left").hasSize(1);
    AtomicFiles.writeString(f, "next");
    assertThat(leftovers(".o.png.")).as("swept by the next write").isEmpty();
    assertThat(f).hasContent("next");
  }

  @Test
  void aTemporaryOfALiveWriterIsKeptAndOneWithoutAPidOnlyWhenOld() throws IOException {
    Path f = dir.resolve("a.txt");
    String uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
    Path live =
        Files.createFile(
            dir.resolve(".a.txt." + ProcessHandle.current().pid() + "-" + uuid + ".tmp"));
    Path fresh = Files.createFile(dir.resolve(".a.txt." + uuid + ".part"));
    Path old = Files.createFile(dir.resolve(".a.txt.7c9e6679-7425-40de-944b-e07fc1f90ae7.tmp"));
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    Path otherTarget = Files.createFile(dir.resolve(".a.txt.b." + uuid + ".tmp"));
    Files.setLastModifiedTime(otherTarget, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    AtomicFiles.writeString(f, "x");
    assertThat(live).exists();
    assertThat(fresh).exists();
    assertThat(old).doesNotExist();
    assertThat(otherTarget).as("another target's name").exists();
  }

  @Test
  void killedDuringACheckpointTheOldFolderIsWhole() throws Exception {
    Path unit = dir.resolve("fsrcnn-x2");
    AtomicFiles.replaceFolder(
        unit,
        d -> {
          Files.writeString(d.resolve("weights"), "old weights");
          Files.writeString(d.resolve("card"), "old card");
        });
    killMidWrite(unit, "folder");
    AtomicFiles.recoverFolder(unit);
    assertThat(unit.resolve("weights")).hasContent("old weights");
    assertThat(unit.resolve("card")).hasContent("old card");
    assertThat(leftovers(".fsrcnn-x2.")).as("what the kill left").hasSize(1);
    AtomicFiles.replaceFolder(unit, d -> Files.writeString(d.resolve("weights"), "next"));
    assertThat(leftovers(".fsrcnn-x2.")).as("swept by the next write").isEmpty();
  }

  private List<Path> leftovers(String prefix) throws IOException {
    try (var files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(prefix))
          .filter(p -> p.getFileName().toString().endsWith(".tmp"))
          .toList();
    }
  }

  /** Runs {@link AtomicVictimMain} in its own JVM and kills it -9 once it is mid-write. */
  private void killMidWrite(Path target, String mode) throws Exception {
    Path started = dir.resolve("started");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process victim =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                AtomicVictimMain.class.getName(),
                target.toString(),
                mode,
                started.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      // waits for the event, not for a time: the deadline only keeps a broken victim from hanging
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (!Files.exists(started) && victim.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(started).as("the victim started writing").exists();
    } finally {
      victim.destroyForcibly().waitFor(120, TimeUnit.SECONDS);
    }
  }

  @Test
  void anOverwriteKeepsTheFilesPermissionsAndGroupAlsoThroughALink() throws IOException {
    Path f = dir.resolve("secret.txt");
    var before = BadInputs.privateFile(f);
    AtomicFiles.writeString(f, "new");
    var after = Files.readAttributes(f, java.nio.file.attribute.PosixFileAttributes.class);
    assertThat(after.permissions()).isEqualTo(before.permissions());
    assertThat(after.group()).isEqualTo(before.group());
    assertThat(after.owner()).isEqualTo(before.owner());

    Path link = BadInputs.symlinkTo(dir, "link.txt", f);
    AtomicFiles.writeFile(link, tmp -> Files.writeString(tmp, "through the link"));
    var linked = Files.readAttributes(f, java.nio.file.attribute.PosixFileAttributes.class);
    assertThat(Files.readString(f)).isEqualTo("through the link");
    assertThat(linked.permissions()).isEqualTo(before.permissions());
    assertThat(linked.group()).isEqualTo(before.group());
  }
}
