package dev.learninglab.labs.pipeline.model.run;

import dev.learninglab.core.io.AtomicFiles;
import dev.learninglab.labs.pipeline.model.Node;
import dev.learninglab.labs.pipeline.model.catalog.DataCatalog;
import dev.learninglab.labs.pipeline.model.catalog.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The run cache Kedro lacks: a node's fingerprint hashes its name, code version and the
 * fingerprints of its inputs (file contents, parameter values, or for memory inputs the fingerprint
 * of the node that made them). After a node runs, the fingerprint is written beside each persisted
 * output ({@code <filepath>.fingerprint}); a later run skips the node when every output exists and
 * carries the same fingerprint. Changing a parameter changes the fingerprint of every node
 * downstream of it, so they all run again.
 *
 * <p>Beside the fingerprint the file records the hash of the output it was written for, and an
 * output is fresh only while its content still has that hash: an output replaced since (by hand, or
 * by another run before runs of a project excluded each other) is never served from the cache under
 * a fingerprint that did not produce it.
 */
public final class FingerprintCache {
  private final DataCatalog catalog;
  private final Map<String, String> memoryFingerprints = new ConcurrentHashMap<>();

  public FingerprintCache(DataCatalog catalog) {
    this.catalog = catalog;
  }

  /** The node's fingerprint from its current inputs. */
  public String fingerprint(Node node) {
    StringBuilder sb =
        new StringBuilder(node.name()).append('\n').append(node.codeVersion()).append('\n');
    for (String in : node.inputs()) {
      sb.append(in).append('=').append(inputFingerprint(in)).append('\n');
    }
    return sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  private String inputFingerprint(String name) {
    if (Node.isParameter(name)) {
      return sha256(String.valueOf(catalog.load(name)).getBytes(StandardCharsets.UTF_8));
    }
    String memory = memoryFingerprints.get(name);
    if (memory != null) {
      return memory;
    }
    Optional<Path> file = catalog.get(name).loadPath();
    return file.map(FingerprintCache::fileHash).orElse("unknown");
  }

  /** True when every output is persisted, exists, and carries this fingerprint. */
  public boolean isFresh(Node node, String fingerprint) {
    for (String out : node.outputs()) {
      Dataset d = catalog.get(out);
      Optional<Path> fp = d.fingerprintPath();
      if (!d.persisted() || fp.isEmpty() || !d.exists()) {
        return false;
      }
      String content = d.loadPath().map(FingerprintCache::fileHash).orElse("unknown");
      if (!(fingerprint + "\n" + content).equals(read(fp.get()))) {
        return false;
      }
    }
    return true;
  }

  /** Records a node's fingerprint beside its persisted outputs and for its memory outputs. */
  public void record(Node node, String fingerprint) {
    for (String out : node.outputs()) {
      Dataset d = catalog.get(out);
      if (d.persisted() && d.fingerprintPath().isPresent()) {
        try {
          String content = d.loadPath().map(FingerprintCache::fileHash).orElse("unknown");
          AtomicFiles.writeString(d.fingerprintPath().get(), fingerprint + "\n" + content + "\n");
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot write fingerprint for `" + out + "`", e);
        }
      } else {
        memoryFingerprints.put(
            out, sha256((fingerprint + ":" + out).getBytes(StandardCharsets.UTF_8)));
      }
    }
  }

  private static String read(Path p) {
    try {
      return Files.isRegularFile(p) ? Files.readString(p).trim() : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static String fileHash(Path p) {
    try (InputStream in = Files.newInputStream(p)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      return "unreadable";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
