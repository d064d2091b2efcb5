package dev.learninglab.labs.captioning.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.captioning.model.CaptionedImage;
import dev.learninglab.labs.captioning.model.Flickr8kDataset;
import dev.learninglab.labs.captioning.model.Flickr8kExample;
import dev.learninglab.labs.captioning.model.Flickr8kText;
import dev.learninglab.labs.captioning.model.SceneGenerator;
import dev.learninglab.labs.captioning.model.ShapesDataset;
import dev.learninglab.labs.captioning.model.ShapesExample;
import dev.learninglab.labs.captioning.model.Split;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flickr8k's layout read from a folder or its zip, photos cropped and scaled, gaps reported. */
class Flickr8kImagesTest {

  private static final int COUNT = 40; // 30 train, 5 dev, 5 test

  @TempDir Path dir;

  private Flickr8kDataset load(Path source, EnumSet<Split> splits) throws IOException {
    return Flickr8kImages.load(Flickr8kText.read(dir), source, splits, Progress.none());
  }

  @Test
  void joinsEachSplitsPhotosWithTheirCaptionsInListOrder() throws Exception {
    Flickr8kFixture.write(dir, COUNT);
    ShapesDataset shapes = Flickr8kFixture.shapes(COUNT);

    Flickr8kDataset data = load(dir, EnumSet.of(Split.TRAIN, Split.DEV));

    assertThat(data.name()).isEqualTo("flickr8k");
    for (Split s : List.of(Split.TRAIN, Split.DEV)) {
      List<ShapesExample> truth = shapes.split(s);
      List<Flickr8kExample> photos = data.split(s);
      assertThat(photos)
          .extracting(Flickr8kExample::name)
          .containsExactlyElementsOf(truth.stream().map(Flickr8kFixture::photoName).toList());
      for (int i = 0; i < photos.size(); i++) {
        assertThat(photos.get(i).captions())
            .containsExactlyElementsOf(
                truth.get(i).captions().stream().map(c -> c + " .").toList());
        // the black bands are cropped away: what is left is the scene, up to JPEG's loss
        assertThat(meanAbsoluteDifference(photos.get(i).pixels(), truth.get(i).pixels()))
            .isLessThan(0.03);
      }
    }
    assertThat(data.split(Split.TRAIN)).hasSize(30);
    assertThat(data.split(Split.DEV)).hasSize(5);
    assertThatThrownBy(() -> data.split(Split.TEST))
        .hasMessageContaining("test split was not loaded");
  }

  @Test
  void theFolderOfPhotosItsParentAndTheZipGiveTheSamePictures() throws Exception {
    Flickr8kFixture.write(dir, COUNT);
    Path zip =
        Flickr8kFixture.zipOf(
            dir.resolve(Flickr8kImages.FOLDER), dir.resolveSibling(dir.getFileName() + ".zip"));

    byte[] fromParent = load(dir, EnumSet.of(Split.TEST)).split(Split.TEST).get(3).rgb();
    byte[] fromFolder =
        load(dir.resolve(Flickr8kImages.FOLDER), EnumSet.of(Split.TEST))
            .split(Split.TEST)
            .get(3)
            .rgb();
    byte[] fromZip = load(zip, EnumSet.of(Split.TEST)).split(Split.TEST).get(3).rgb();

    assertThat(fromFolder).isEqualTo(fromParent);
    assertThat(fromZip).isEqualTo(fromParent);
  }

  @Test
  void centreCropThenBoxScalingGivesBackTheSceneExactlyFromALosslessPicture() {
    ShapesExample e = Flickr8kFixture.shapes(8).all().get(2);
    int side = SceneGenerator.SIDE;
    float[] scene = e.pixels();

    byte[] wide = CaptionImages.centreSquareBytes(Flickr8kFixture.widePhoto(scene), side);
    byte[] tall =
        CaptionImages.centreSquareBytes(
            transpose(Flickr8kFixture.widePhoto(transposed(scene))), side);

    byte[] expected = new byte[scene.length];
    for (int i = 0; i < scene.length; i++) {
      expected[i] = (byte) Math.round(scene[i] * 255);
    }
    assertThat(wide).isEqualTo(expected);
    assertThat(tall).isEqualTo(expected);
  }

  @Test
  void ownPicturesAreFedToTheModelsAsTrainingPhotosAre() {
    ShapesExample e = Flickr8kFixture.shapes(8).all().get(5);
    int side = SceneGenerator.SIDE;
    // a shapes picture (already side²) comes through unchanged, but for its 8-bit quantisation
    assertThat(CaptionImages.toModelInput(CaptionImages.toImage(e.pixels(), side), side))
        .containsExactly(e.pixels(), within(1f / 255 + 1e-6f));
    // a wide photo is cut to its centred square, as Flickr8k's photos are for training
    BufferedImage wide = Flickr8kFixture.widePhoto(e.pixels());
    assertThat(CaptionImages.toModelInput(wide, side))
        .containsExactly(CaptionedImage.unitFloats(CaptionImages.centreSquareBytes(wide, side)))
        .containsExactly(e.pixels(), within(1f / 255 + 1e-6f));
  }

  @Test
  void scalingAveragesTheSourcePixelsEachOutputPixelCovers() {
    // 500×375, not a multiple of 48: the centre square is 375 wide; left half red, right half blue
    BufferedImage photo = new BufferedImage(500, 375, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = photo.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, 250, 375);
    g.setColor(Color.BLUE);
    g.fillRect(250, 0, 250, 375);
    g.dispose();

    byte[] rgb = CaptionImages.centreSquareBytes(photo, 48);

    int plane = 48 * 48;
    assertThat(rgb[0] & 0xff).isEqualTo(255); // red, top left
    assertThat(rgb[2 * plane] & 0xff).isZero();
    assertThat(rgb[47] & 0xff).isZero(); // blue, top right
    assertThat(rgb[2 * plane + 47] & 0xff).isEqualTo(255);
    // the square starts at x = 62, so red is its columns 0..187; output column 24 covers square
    // columns 187..194 (375 * 24 / 48 = 187.5, floored): one red, seven blue
    int edge = 24;
    assertThat(rgb[edge] & 0xff).isEqualTo(Math.round(255 / 8f));
    assertThat(rgb[2 * plane + edge] & 0xff).isEqualTo(Math.round(255 * 7 / 8f));
    assertThat(rgb[plane + edge] & 0xff).isZero(); // no green appears
  }

  @Test
  void missingPhotosAreCountedPerSplitInOneLineNamingTheFolder() throws Exception {
    Flickr8kFixture.write(dir, COUNT);
    Path photos = dir.resolve(Flickr8kImages.FOLDER);
    List<String> train = Files.readAllLines(dir.resolve(Flickr8kText.splitFile(Split.TRAIN)));
    List<String> dev = Files.readAllLines(dir.resolve(Flickr8kText.splitFile(Split.DEV)));
    Files.delete(photos.resolve(train.get(4)));
    Files.delete(photos.resolve(train.get(9)));
    Files.delete(photos.resolve(dev.get(0)));

    assertThatThrownBy(() -> load(dir, EnumSet.of(Split.TRAIN, Split.DEV)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(photos.toString())
        .hasMessageContaining("lacks 2 of the 30 train images and 1 of the 5 dev images")
        .hasMessageContaining("first missing: " + train.get(4))
        .hasMessageNotContaining("\n");
    // the test split, all there, still loads
    assertThat(load(dir, EnumSet.of(Split.TEST)).split(Split.TEST)).hasSize(5);
  }

  @Test
  void aFolderWithoutAnyOfThePhotosIsRefusedSayingWhatWasExpected() throws Exception {
    Flickr8kFixture.write(dir, COUNT);
    Path empty = Files.createDirectories(dir.resolve("elsewhere"));

    assertThatThrownBy(() -> load(empty, EnumSet.of(Split.TRAIN)))
        .hasMessageContaining(empty.toString())
        .hasMessageContaining("holds none of the Flickr8k photos")
        .hasMessageContaining(Flickr8kImages.FOLDER)
        .hasMessageNotContaining("\n");
  }

  @Test
  void aCorruptPhotoIsNamed() throws Exception {
    Flickr8kFixture.write(dir, COUNT);
    String name = Files.readAllLines(dir.resolve(Flickr8kText.splitFile(Split.DEV))).get(1);
    Files.write(dir.resolve(Flickr8kImages.FOLDER).resolve(name), new byte[] {1, 2, 3});

    assertThatThrownBy(() -> load(dir, EnumSet.of(Split.DEV))).hasMessageContaining(name);
  }

  private static double meanAbsoluteDifference(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += Math.abs(a[i] - b[i]);
    }
    return sum / a.length;
  }

  /** The channel-first picture with rows and columns swapped. */
  private static float[] transposed(float[] chw) {
    int side = SceneGenerator.SIDE;
    float[] out = new float[chw.length];
    for (int c = 0; c < 3; c++) {
      for (int y = 0; y < side; y++) {
        for (int x = 0; x < side; x++) {
          out[c * side * side + x * side + y] = chw[c * side * side + y * side + x];
        }
      }
    }
    return out;
  }

  private static BufferedImage transpose(BufferedImage image) {
    BufferedImage out =
        new BufferedImage(image.getHeight(), image.getWidth(), BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        out.setRGB(y, x, image.getRGB(x, y));
      }
    }
    return out;
  }
}
