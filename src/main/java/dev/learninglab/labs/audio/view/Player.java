package dev.learninglab.labs.audio.view;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineEvent;
import javax.sound.sampled.LineUnavailableException;
import javax.swing.Timer;

/**
 * Plays a mono float signal through javax.sound and moves the {@link PlaybackCursor} while it
 * plays. Machines without a sound device get a clear message instead of a stack trace.
 */
final class Player {
  private final PlaybackCursor cursor;
  private final Timer ticker;
  private Clip clip;

  Player(PlaybackCursor cursor) {
    this.cursor = cursor;
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

  /** Starts playing; returns null, or why it could not. */
  String play(float[] samples, int sampleRate, Runnable onEnd) {
    stop();
    try {
      Clip c = AudioSystem.getClip();
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
      return null;
    } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
      return "No audio output is available on this machine (" + e.getMessage() + ")";
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
