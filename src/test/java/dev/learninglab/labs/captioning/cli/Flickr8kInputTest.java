package dev.learninglab.labs.captioning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.Dataset;
import dev.learninglab.core.data.DatasetCatalog;
import dev.learninglab.core.data.DatasetFile;
import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.labs.captioning.io.Flickr8kFixture;
import dev.learninglab.labs.captioning.io.Flickr8kImages;
import dev.learninglab.labs.captioning.model.Flickr8kDataset;
import dev.learninglab.labs.captioning.model.Flickr8kText;
import dev.learninglab.labs.captioning.model.Split;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without {@code --images}, the photos come from the catalogued zip in a mirror and the captions
 * from the catalogued text: shown with a catalog of the fixture's own files and checksums (the real
 * zip is 1 GB and not here), resolved offline.
 */
class Flickr8kInputTest {

  @TempDir Path dir;

  @Test
  void theCataloguedZipInAMirrorAndTheCataloguedCaptionsAreUsedWhenNoImagesAreGiven()
      throws Exception {
    Path fixture = Flickr8kFixture.write(dir.resolve("fixture"), 40);
    Path mirror = dir.resolve("mirror");
    Path zip = mirror.resolve("photos").resolve(Flickr8kImages.ZIP);
    Files.createDirectories(zip.getParent());
    Flickr8kFixture.zipOf(fixture.resolve(Flickr8kImages.FOLDER), zip);
    Path text = Files.createDirectories(mirror.resolve("text"));
    List<DatasetFile> textFiles = new ArrayList<>();
    List<String> names = new ArrayList<>(List.of(Flickr8kText.TOKENS));
    for (Split s : Split.values()) {
      names.add(Flickr8kText.splitFile(s));
    }
    for (String name : names) {
      Files.copy(fixture.resolve(name), text.resolve(name));
      textFiles.add(
          new DatasetFile(
              name, digest("SHA-256", text.resolve(name)), Files.size(text.resolve(name)), null));
    }
    DatasetCatalog catalog =
        new DatasetCatalog(
            List.of(
                new Dataset(
                    Flickr8kImages.DATASET_ID,
                    "photos",
                    "test",
                    "public-download",
                    "photos",
                    false,
                    List.of(
                        new DatasetFile(Flickr8kImages.ZIP, null, 0, null, digest("MD5", zip)))),
                new Dataset(
                    Flickr8kText.DATASET_ID,
                    "text",
                    "test",
                    "public-repo-snapshot",
                    "text",
                    false,
                    textFiles)));
    DatasetResolver resolver =
        new DatasetResolver(catalog, dir.resolve("cache"), List.of(mirror), true);
    StringWriter err = new StringWriter();

    Flickr8kDataset data =
        Flickr8kInput.load(resolver, null, EnumSet.of(Split.DEV), new PrintWriter(err));

    assertThat(data.split(Split.DEV)).hasSize(5);
    assertThat(data.split(Split.DEV).get(0).captions()).hasSize(5);
    assertThat(err.toString()).contains("photos from " + zip).contains("captions from " + text);
  }

  private static String digest(String algorithm, Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance(algorithm).digest(Files.readAllBytes(file)));
  }
}
