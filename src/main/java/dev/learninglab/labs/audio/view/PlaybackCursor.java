package dev.learninglab.labs.audio.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/** The playback position in seconds (NaN when stopped), shared by every time plot. */
final class PlaybackCursor {
  private final List<DoubleConsumer> listeners = new ArrayList<>();
  private double seconds = Double.NaN;

  void addListener(DoubleConsumer listener) {
    listeners.add(listener);
  }

  void set(double s) {
    seconds = s;
    listeners.forEach(l -> l.accept(s));
  }

  double seconds() {
    return seconds;
  }
}
