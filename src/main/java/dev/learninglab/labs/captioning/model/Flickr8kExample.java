package dev.learninglab.labs.captioning.model;

import java.util.List;

/**
 * One Flickr8k photo as the models see it: centre-cropped to a square and scaled to {@link
 * SceneGenerator#SIDE}, kept as channel-first bytes (a quarter of the floats' memory: 8,000 photos
 * take 55 MB) with its captions. No truth is known for a photo, so semantic accuracy does not
 * apply.
 */
public record Flickr8kExample(String name, byte[] rgb, List<String> captions)
    implements CaptionedImage {

  public Flickr8kExample {
    int expected = 3 * SceneGenerator.SIDE * SceneGenerator.SIDE;
    if (rgb.length != expected) {
      throw new IllegalArgumentException(
          name + ": expected " + expected + " channel-first bytes, got " + rgb.length);
    }
    captions = List.copyOf(captions);
  }

  @Override
  public float[] pixels() {
    return CaptionedImage.unitFloats(rgb);
  }
}
