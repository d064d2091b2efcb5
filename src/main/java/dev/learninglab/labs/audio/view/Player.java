package dev.learninglab.labs.audio.view;

import static dev.learninglab.labs.audio.model.AudioTexts.T;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineEvent;
import javax.sound.sampled.LineUnavailableException;
import javax.swing.Timer;

/**
 * Plays a mono float signal through javax.sound and moves the {@link PlaybackCursor} while it
 * plays. Machines without a sound device get a clear message instead of a stack trace.
 */
final class Player {
  /** What a learner without speakers (or on a server) reads instead of javax.sound's exception. */
  static String noDevice() {
    return T.get("audio.noDevice");
  }

  /** Where clips come from: the machine's mixer, or in tests one without a device. */
  @FunctionalInterface
  interface Lines {
    Clip clip() throws LineUnavailableException;
  }

  private final PlaybackCursor cursor;
  private final Lines lines;
  private final Timer ticker;
  private Clip clip;

  Player(PlaybackCursor cursor, Lines lines) {
    this.cursor = cursor;
    this.lines = lines;
    this.ticker =
        new Timer(
            30,
            e -> {
              if (clip != null && clip.isRunning()) {
                cursor.set(clip.getMicrosecondPosition() / 1e6);
              }
            });
  }

  boolean isPlaying() {
    return clip != null && clip.isActive();
  }

  /** Starts playing; false when the machine has no sound output ({@link #noDevice()}). */
  boolean play(float[] samples, int sampleRate, Runnable onEnd) {
    stop();
    try {
      Clip c = lines.clip();
      c.open(
          new AudioFormat(sampleRate, 16, 1, true, false), pcm16(samples), 0, samples.length * 2);
      c.addLineListener(
          ev -> {
            if (ev.getType() == LineEvent.Type.STOP) {
              javax.swing.SwingUtilities.invokeLater(
                  () -> {
                    if (clip == c) {
                      stop();
                      onEnd.run();
                    }
                  });
            }
          });
      clip = c;
      c.start();
      ticker.start();
      return true;
    } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
      return false; // javax.sound's own text ("No line matching interface Clip…") helps nobody
    }
  }

  void stop() {
    ticker.stop();
    Clip c = clip;
    clip = null;
    if (c != null) {
      c.stop();
      c.close();
    }
    cursor.set(Double.NaN);
  }

  /** A sine tone with short fades, for the keyboard. */
  static float[] tone(double hz, double seconds, int sampleRate) {
    int n = (int) (seconds * sampleRate);
    float[] y = new float[n];
    int fade = sampleRate / 100;
    for (int i = 0; i < n; i++) {
      double env = Math.min(1, Math.min(i, n - 1 - i) / (double) fade);
      y[i] = (float) (0.3 * env * Math.sin(2 * Math.PI * hz * i / sampleRate));
    }
    return y;
  }

  private static byte[] pcm16(float[] y) {
    byte[] out = new byte[y.length * 2];
    for (int i = 0; i < y.length; i++) {
      int v = (int) Math.round(Math.max(-1, Math.min(1, y[i])) * 32767);
      out[2 * i] = (byte) v;
      out[2 * i + 1] = (byte) (v >> 8);
    }
    return out;
  }
}
