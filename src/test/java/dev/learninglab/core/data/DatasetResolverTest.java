package dev.learninglab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.learninglab.core.task.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetResolverTest {
  private static final byte[] CONTENT = "name==1.0\n".getBytes(StandardCharsets.UTF_8);
  private static final String SHA = sha(CONTENT);

  @TempDir Path cache;
  @TempDir Path mirror;
  private HttpServer server;

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void bundledDatasetIsCopiedFromTheJarAndVerified() {
    DatasetResolver resolver =
        new DatasetResolver(DatasetCatalog.bundled(), cache, List.of(), true);
    Path iris = resolver.resolve("iris", Progress.none()).file("iris.csv");
    assertThat(iris).startsWith(cache).exists();
    assertThat(iris.toFile()).content().startsWith("150,4,setosa,versicolor,virginica");
  }

  @Test
  void mirrorFileWithTheRightChecksumIsUsedInPlace() throws IOException {
    Files.createDirectories(mirror.resolve("reqs"));
    Files.write(mirror.resolve("reqs/a.txt"), CONTENT);
    Path found =
        resolver(List.of(mirror), true, null).resolveFile("reqs", "a.txt", Progress.none());
    assertThat(found).isEqualTo(mirror.resolve("reqs/a.txt"));
  }

  @Test
  void corruptMirrorFileIsRefusedWithAMessageThatSaysWhatWasTried() throws IOException {
    Files.createDirectories(mirror.resolve("reqs"));
    Files.writeString(mirror.resolve("reqs/a.txt"), "tampered");
    assertThatThrownBy(
            () ->
                resolver(List.of(mirror), true, "http://127.0.0.1:9/a.txt")
                    .resolve("reqs", Progress.none()))
        .isInstanceOf(DatasetUnavailableException.class)
        .hasMessageContaining("Dataset `reqs`")
        .hasMessageContaining("sha256 mismatch")
        .hasMessageContaining("skipped: offline mode")
        .hasMessageContaining("LEARNING_LAB_DATA_MIRROR");
  }

  @Test
  void downloadGoesToTheCacheAfterTheChecksumMatches() throws IOException {
    String url = serve(CONTENT);
    Path found = resolver(List.of(), false, url).resolveFile("reqs", "a.txt", Progress.none());
    assertThat(found).isEqualTo(cache.resolve("reqs/a.txt"));
    assertThat(Files.readAllBytes(found)).isEqualTo(CONTENT);
  }

  @Test
  void aDownloadWithTheWrongChecksumLeavesNothingBehind() throws IOException {
    String url = serve("something else".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(
            () -> resolver(List.of(), false, url).resolveFile("reqs", "a.txt", Progress.none()))
        .isInstanceOf(DatasetUnavailableException.class)
        .hasMessageContaining("sha256 mismatch for " + url);
    try (var files = Files.walk(cache)) {
      assertThat(files.filter(Files::isRegularFile)).isEmpty();
    }
  }

  @Test
  void availabilitySaysWhereTheDataWouldComeFrom() throws IOException {
    assertThat(resolver(List.of(mirror), true, "http://127.0.0.1:9/a.txt").availability("reqs"))
        .isEqualTo(Availability.MISSING);
    assertThat(resolver(List.of(mirror), false, "http://127.0.0.1:9/a.txt").availability("reqs"))
        .isEqualTo(Availability.DOWNLOADABLE);
    Files.createDirectories(mirror.resolve("reqs"));
    Files.write(mirror.resolve("reqs/a.txt"), CONTENT);
    assertThat(resolver(List.of(mirror), true, null).availability("reqs"))
        .isEqualTo(Availability.MIRROR);
    assertThat(
            new DatasetResolver(DatasetCatalog.bundled(), cache, List.of(), true)
                .availability("mpg"))
        .isEqualTo(Availability.BUNDLED);
  }

  @Test
  void aFileWithOnlyAnMd5IsVerifiedByIt() throws Exception {
    Files.createDirectories(mirror.resolve("md5set"));
    Files.write(mirror.resolve("md5set/a.txt"), CONTENT);
    String md5 =
        HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(CONTENT));
    assertThat(md5Resolver(md5).resolveFile("md5set", "a.txt", Progress.none()))
        .isEqualTo(mirror.resolve("md5set/a.txt"));
    assertThatThrownBy(
            () -> md5Resolver("0".repeat(32)).resolveFile("md5set", "a.txt", Progress.none()))
        .hasMessageContaining("md5 mismatch");
  }

  private DatasetResolver md5Resolver(String md5) {
    Dataset set =
        new Dataset(
            "md5set",
            "MD5 only",
            "MIT",
            "public-download",
            "md5set",
            false,
            List.of(new DatasetFile("a.txt", null, 0, null, md5)));
    return new DatasetResolver(new DatasetCatalog(List.of(set)), cache, List.of(mirror), true);
  }

  @Test
  void unknownDatasetNamesTheKnownOnes() {
    assertThatThrownBy(() -> resolver(List.of(), true, null).resolve("nope", Progress.none()))
        .hasMessageContaining("No dataset `nope`")
        .hasMessageContaining("reqs");
  }

  private DatasetResolver resolver(List<Path> mirrors, boolean offline, String url) {
    Dataset reqs =
        new Dataset(
            "reqs",
            "Requirements",
            "Apache-2.0",
            "public-repo-snapshot",
            "reqs",
            false,
            List.of(new DatasetFile("a.txt", SHA, CONTENT.length, url)));
    return new DatasetResolver(new DatasetCatalog(List.of(reqs)), cache, mirrors, offline);
  }

  private String serve(byte[] body) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/a.txt",
        exchange -> {
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/a.txt";
  }

  private static String sha(byte[] bytes) {
    var md = Sha256.digest();
    return HexFormat.of().formatHex(md.digest(bytes));
  }
}
