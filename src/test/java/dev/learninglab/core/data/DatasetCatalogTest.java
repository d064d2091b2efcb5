package dev.learninglab.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatasetCatalogTest {
  private final DatasetCatalog catalog = DatasetCatalog.bundled();

  @Test
  void everyDatasetHasFilesWithChecksumsAndALicence() {
    assertThat(catalog.datasets()).isNotEmpty();
    for (Dataset d : catalog.datasets()) {
      assertThat(d.licence()).as(d.id()).isNotBlank();
      assertThat(d.files()).as(d.id()).isNotEmpty();
      assertThat(d.files())
          .allSatisfy(
              f ->
                  assertThat(f.sha256() != null ? f.sha256() : f.md5())
                      .hasSize(f.sha256() != null ? 64 : 32));
    }
  }

  @Test
  void onlyRegistryPackageDataIsBundledAndItShipsInDataFolder() {
    for (Dataset d : catalog.datasets()) {
      assertThat(d.bundled()).as(d.id()).isEqualTo(d.origin().equals("registry-package"));
      for (DatasetFile f : d.files()) {
        Path local = Path.of("data", d.id(), f.path());
        assertThat(Files.exists(local)).as(local.toString()).isEqualTo(d.bundled());
      }
    }
  }

  @Test
  void snapshotDataHasAPublicUrlWhereOneIsKnown() {
    assertThat(catalog.get("pip-requirements").files())
        .allSatisfy(f -> assertThat(f.url()).startsWith("https://"));
  }

  @Test
  void fashionMnistIsCataloguedWithItsPublishedMd5s() {
    assertThat(catalog.get("fashion-mnist").files())
        .extracting(DatasetFile::path)
        .containsExactlyInAnyOrder(
            "train-images-idx3-ubyte.gz",
            "train-labels-idx1-ubyte.gz",
            "t10k-images-idx3-ubyte.gz",
            "t10k-labels-idx1-ubyte.gz");
    assertThat(catalog.get("fashion-mnist").file("t10k-labels-idx1-ubyte.gz").orElseThrow().md5())
        .isEqualTo("bb300cfdad3c16e7a12a480ee83cd310");
  }

  @Test
  void flickr8kPhotosAreCataloguedAsTheirPublicZipWithItsPublishedMd5AndNoInventedSize() {
    Dataset photos = catalog.get("flickr8k-images");
    assertThat(photos.bundled()).isFalse();
    DatasetFile zip = photos.file("Flickr8k_Dataset.zip").orElseThrow();
    assertThat(zip.url())
        .isEqualTo(
            "https://github.com/jbrownlee/Datasets/releases/download/Flickr8k/Flickr8k_Dataset.zip");
    assertThat(zip.sha256()).isNull(); // no sha256 is published for it
    assertThat(zip.md5()).isEqualTo("f18a1e2920de5bd84dae7cf08ec78978");
    assertThat(photos.sizeKnown()).isFalse();
  }
}
