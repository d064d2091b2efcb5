package dev.learninglab.labs.captioning.model;

import java.util.List;

/** What captioning trains on: a picture at the models' input size and its reference captions. */
public interface CaptionedImage {

  /** Channel-first floats in 0..1 of side {@link SceneGenerator#SIDE}. */
  float[] pixels();

  /** The human (or grammar) captions. */
  List<String> captions();

  /** Channel-first bytes (0..255, read unsigned) as the models' 0..1 floats. */
  static float[] unitFloats(byte[] chw) {
    float[] out = new float[chw.length];
    for (int i = 0; i < chw.length; i++) {
      out[i] = (chw[i] & 0xff) / 255f;
    }
    return out;
  }
}
