package dev.learninglab.core.data;

/**
 * One file of a dataset: its path inside the dataset, checksum, size and download URL. The checksum
 * is a sha256; for a file whose publisher gives only an MD5 (Fashion-MNIST), {@code sha256} is null
 * and {@code md5} is set. A size of 0 means "not known in advance".
 */
public record DatasetFile(String path, String sha256, long size, String url, String md5) {

  public DatasetFile(String path, String sha256, long size, String url) {
    this(path, sha256, size, url, null);
  }

  public boolean downloadable() {
    return url != null && !url.isBlank();
  }

  /** The checksum this file is verified against, and its algorithm's name. */
  String checksum() {
    return sha256 != null ? sha256 : md5;
  }

  String checksumName() {
    return sha256 != null ? "sha256" : "md5";
  }
}
