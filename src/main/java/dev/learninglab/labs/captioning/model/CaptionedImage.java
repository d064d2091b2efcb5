package dev.learninglab.labs.captioning.model;

import java.util.List;

/** What captioning trains on: a picture at the models' input size and its reference captions. */
public interface CaptionedImage {

  /** Channel-first floats in 0..1 of side {@link SceneGenerator#SIDE}. */
  float[] pixels();

  /** The human (or grammar) captions. */
  List<String> captions();
}
