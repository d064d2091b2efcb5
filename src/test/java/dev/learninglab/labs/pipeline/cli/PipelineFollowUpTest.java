package dev.learninglab.labs.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 30: the commands printed for the learner to paste are shell-quoted, and a key given twice
 * in a configuration file is an error.
 */
class PipelineFollowUpTest {
  @TempDir Path tmp;

  @Test
  void theRunItLineQuotesAFolderWithSpacesOrShellSyntax() {
    Path spaced = tmp.resolve("my project");
    Cli r = Cli.run("pipeline", "new", spaced.toString(), "--starter", "hello");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--project '" + spaced + "'");
    Path hostile = tmp.resolve("$(touch PWNED)");
    Cli h = Cli.run("pipeline", "new", hostile.toString(), "--starter", "hello");
    assertThat(h.out()).contains("--project '" + hostile + "'");
  }

  @Test
  void aDuplicateKeyInAConfigurationFileIsAnError() throws Exception {
    Path dir = tmp.resolve("hello");
    assertThat(Cli.run("pipeline", "new", dir.toString(), "--starter", "hello").code()).isZero();
    Path catalog = dir.resolve("conf/base/catalog.yml");
    assertThat(Files.readString(catalog)).contains("\nmy_message:");
    Files.writeString(
        catalog,
        "my_message:\n  type: text\n  filepath: data/08_reporting/other.txt\n",
        java.nio.file.StandardOpenOption.APPEND);
    Cli r = Cli.run("pipeline", "run", "--project", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("found duplicate key").contains("give each key once");
    assertThat(r.err()).doesNotContain("WARNING");
  }

  @Test
  void catalogPathsStayInTheProjectUnlessMarkedExternal() throws Exception {
    Path dir = tmp.resolve("hello");
    assertThat(Cli.run("pipeline", "new", dir.toString(), "--starter", "hello").code()).isZero();
    Path catalog = dir.resolve("conf/base/catalog.yml");
    Path outside = tmp.resolve("outside/x.txt");
    Files.writeString(catalog, "my_message:\n  type: text\n  filepath: ../outside/x.txt\n");
    Cli r = Cli.run("pipeline", "run", "--project", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "Catalog entry `my_message`: its filepath \"../outside/x.txt\" is outside the project")
        .contains("external: true");
    assertThat(outside).doesNotExist();

    Files.writeString(catalog, "my_message:\n  type: text\n  filepath: /etc/hostname\n");
    Cli secret = Cli.run("pipeline", "run", "--project", dir.toString());
    assertThat(secret.code()).isEqualTo(1);
    assertThat(secret.err()).contains("is outside the project");

    Files.writeString(
        catalog, "my_message:\n  type: text\n  filepath: ../outside/x.txt\n  external: true\n");
    Cli marked = Cli.run("pipeline", "run", "--project", dir.toString());
    assertThat(marked.code()).as(marked.err()).isZero();
    assertThat(outside).hasContent("Hello Kedro!");
  }
}
