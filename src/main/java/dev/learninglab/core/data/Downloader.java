package dev.learninglab.core.data;

import dev.learninglab.core.io.AtomicFiles;
import dev.learninglab.core.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Fetches one catalogued file over HTTP into its final place through {@link AtomicFiles}: streamed
 * to a temporary file beside the target, checked against its checksum, forced to disk and renamed.
 * A failure, a cancellation or a mismatch leaves nothing behind (a kill leaves a temporary file
 * that the next write there sweeps).
 */
final class Downloader {
  // Made on the first download only: building an HttpClient initialises TLS (about 0.2 s of a
  // cold start), which every command that merely resolves local files would otherwise pay.
  private final Lazy<HttpClient> client =
      new Lazy<>(
          () ->
              HttpClient.newBuilder()
                  .connectTimeout(Duration.ofSeconds(20))
                  .followRedirects(HttpClient.Redirect.NORMAL)
                  .build());

  void download(DatasetFile file, Path target, Progress progress)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(file.url())).timeout(Duration.ofMinutes(10)).build();
    HttpResponse<InputStream> response =
        client.get().send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream in = response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException("HTTP " + response.statusCode() + " from " + file.url());
      }
      // a mismatch throws inside the writer, so the checked bytes never take the target's place
      AtomicFiles.write(target, out -> copyChecked(file, in, out, progress));
    }
  }

  private static void copyChecked(
      DatasetFile file, InputStream in, OutputStream out, Progress progress) throws IOException {
    MessageDigest md = Sha256.digestFor(file);
    byte[] buffer = new byte[1 << 16];
    long done = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      progress.checkCancelled();
      out.write(buffer, 0, n);
      md.update(buffer, 0, n);
      done += n;
      progress.report(done, file.size(), "Downloading " + file.path());
    }
    String actual = HexFormat.of().formatHex(md.digest());
    if (!actual.equalsIgnoreCase(file.checksum())) {
      throw new IOException(
          file.checksumName()
              + " mismatch for "
              + file.url()
              + ": got "
              + actual
              + ", expected "
              + file.checksum());
    }
  }
}
