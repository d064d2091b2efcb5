package dev.learninglab.labs.audio.model;

/** An audio file that cannot be read as the lab needs it; the message names the file and why. */
public final class AudioFileException extends IllegalArgumentException {
  public AudioFileException(String message) {
    super(message);
  }
}
