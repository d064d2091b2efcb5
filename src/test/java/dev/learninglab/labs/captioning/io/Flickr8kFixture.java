package dev.learninglab.labs.captioning.io;

import dev.learninglab.labs.captioning.model.Flickr8kText;
import dev.learninglab.labs.captioning.model.SceneGenerator;
import dev.learninglab.labs.captioning.model.ShapesDataset;
import dev.learninglab.labs.captioning.model.ShapesExample;
import dev.learninglab.labs.captioning.model.Split;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * A tiny dataset in Flickr8k's distributed layout, made from generated shapes scenes (no real
 * Flickr8k photo is available to the tests): {@code Flickr8k.token.txt}, the three {@code
 * Flickr_8k.*Images.txt} lists and {@code Flicker8k_Dataset/*.jpg}, each picture a 48×48 scene
 * drawn 96×96 in the middle of a wider 144×96 JPEG between two black bands, so that centre-cropping
 * and scaling bring back the scene.
 */
public final class Flickr8kFixture {

  private Flickr8kFixture() {}

  /** The shapes data the fixture is made of (split 75 / 12.5 / 12.5 %). */
  public static ShapesDataset shapes(int count) {
    return ShapesDataset.generate(count, 11);
  }

  /** The photo name of shapes example {@code e}, in Flickr8k's style. */
  public static String photoName(ShapesExample e) {
    return "10000" + e.name().replace(".png", "") + "_f8k.jpg";
  }

  /** Writes {@code count} pictures and their text into {@code dir}; returns {@code dir}. */
  public static Path write(Path dir, int count) throws IOException {
    ShapesDataset data = shapes(count);
    Path photos = Files.createDirectories(dir.resolve(Flickr8kImages.FOLDER));
    StringBuilder tokens = new StringBuilder();
    for (ShapesExample e : data.all()) {
      String name = photoName(e);
      ImageIO.write(widePhoto(e.pixels()), "jpg", photos.resolve(name).toFile());
      for (int n = 0; n < e.captions().size(); n++) {
        tokens.append(name).append('#').append(n).append('\t').append(e.captions().get(n));
        tokens.append(" .\n");
      }
    }
    Files.writeString(dir.resolve(Flickr8kText.TOKENS), tokens);
    for (Split s : Split.values()) {
      List<String> names = data.split(s).stream().map(Flickr8kFixture::photoName).toList();
      Files.write(dir.resolve(Flickr8kText.splitFile(s)), names);
    }
    return dir;
  }

  /** The scene scaled ×2 (nearest) into the middle of a 144×96 black picture. */
  static BufferedImage widePhoto(float[] chw) {
    int side = SceneGenerator.SIDE;
    BufferedImage scene = CaptionImages.toImage(chw, side);
    BufferedImage wide = new BufferedImage(3 * side, 2 * side, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = wide.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, wide.getWidth(), wide.getHeight());
    g.drawImage(scene, side / 2, 0, 2 * side, 2 * side, null);
    g.dispose();
    return wide;
  }

  /** Zips the photos as the distributed zip lays them out, macOS resource forks included. */
  public static Path zipOf(Path photos, Path zip) throws IOException {
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file);
        Stream<Path> list = Files.list(photos)) {
      for (Path p : list.sorted().toList()) {
        out.putNextEntry(new ZipEntry(Flickr8kImages.FOLDER + "/" + p.getFileName()));
        out.write(Files.readAllBytes(p));
        out.closeEntry();
        out.putNextEntry(
            new ZipEntry("__MACOSX/" + Flickr8kImages.FOLDER + "/._" + p.getFileName()));
        out.write(new byte[] {0, 5, 22, 7});
        out.closeEntry();
      }
    }
    return zip;
  }
}
