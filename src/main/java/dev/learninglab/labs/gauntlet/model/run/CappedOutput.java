package dev.learninglab.labs.gauntlet.model.run;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What the learner's code printed, kept within a fixed size: the first {@link #HEAD} bytes and the
 * last {@link #TAIL} bytes, with the count of those left out between them. {@code while (true)
 * System.out.print(...)} once filled the app's heap through JShell's output reader; now it costs at
 * most {@code HEAD + TAIL} bytes, and past {@link #FLOOD} bytes the run is told to stop.
 */
final class CappedOutput extends OutputStream {
  static final int HEAD = 32 * 1024;
  static final int TAIL = 32 * 1024;

  /** Printing more than this in one run is a flood: the run is stopped. */
  static final long FLOOD = 8L << 20;

  private final Runnable onFlood;
  private final ByteArrayOutputStream head = new ByteArrayOutputStream();
  private final byte[] tail = new byte[TAIL];
  private int tailStart;
  private int tailLength;
  private long total;
  private boolean flooded;

  /**
   * @param onFlood called once per run, from the printing thread, when output passes FLOOD
   */
  CappedOutput(Runnable onFlood) {
    this.onFlood = onFlood;
  }

  @Override
  public synchronized void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    boolean floodNow;
    synchronized (this) {
      total += len;
      int toHead = (int) Math.min(len, HEAD - head.size());
      head.write(b, off, toHead);
      for (int i = off + toHead; i < off + len; i++) {
        tail[(tailStart + tailLength) % TAIL] = b[i];
        if (tailLength < TAIL) {
          tailLength++;
        } else {
          tailStart = (tailStart + 1) % TAIL;
        }
      }
      floodNow = !flooded && total > FLOOD;
      flooded |= floodNow;
    }
    if (floodNow) {
      onFlood.run();
    }
  }

  /** Forgets everything: a new run starts. */
  synchronized void reset() {
    head.reset();
    tailStart = 0;
    tailLength = 0;
    total = 0;
    flooded = false;
  }

  /** Whether this run printed more than {@link #FLOOD} bytes. */
  synchronized boolean flooded() {
    return flooded;
  }

  /** The kept output as text, saying how much was left out in the middle. */
  synchronized String text() {
    String first = head.toString(StandardCharsets.UTF_8);
    long dropped = total - head.size() - tailLength;
    if (tailLength == 0) {
      return first;
    }
    byte[] last = new byte[tailLength];
    for (int i = 0; i < tailLength; i++) {
      last[i] = tail[(tailStart + i) % TAIL];
    }
    String gap = dropped > 0 ? "\n… " + dropped + " bytes of output left out …\n" : "";
    return first + gap + new String(last, StandardCharsets.UTF_8);
  }
}
