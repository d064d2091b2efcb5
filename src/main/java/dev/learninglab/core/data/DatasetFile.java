package dev.learninglab.core.data;

/** One file of a dataset: its path inside the dataset, checksum, size and download URL. */
public record DatasetFile(String path, String sha256, long size, String url) {

  public boolean downloadable() {
    return url != null && !url.isBlank();
  }
}
