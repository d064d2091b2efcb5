package dev.learninglab.labs.audio.model;

/**
 * Roughly how much heap an analysis of a clip takes, from the file's header alone, so a clip too
 * large for this Java is refused before it is read (with the {@code -Xmx} that would do) instead of
 * ending in an OutOfMemoryError half-way. Counted: the decoded samples of every channel, the mono
 * clip and its resampled copy as floats, the |STFT| and one matrix made from it (dB or chroma
 * working space), and, with a CSV, its text built in memory (about ten characters a value, held
 * twice while it is written).
 */
public final class AnalysisMemory {
  private static final int FLOAT = Float.BYTES;
  private static final int CSV_BYTES_PER_VALUE = 2 * 10;

  private AnalysisMemory() {}

  public static long bytes(SourceFormat source, int targetRate, StftSettings stft, int csvRows) {
    long frames = Math.min(source.frames(), (long) (AudioFiles.MAX_SECONDS * source.sampleRate()));
    int rate = targetRate == AudioFiles.NATIVE_RATE ? source.sampleRate() : targetRate;
    long resampled = (long) Math.ceil(frames * (double) rate / Math.max(1, source.sampleRate()));
    long stftFrames = 1 + resampled / stft.hop();
    long decoded = frames * Math.max(1, source.channels()) * FLOAT;
    long clips = (frames + resampled) * FLOAT;
    long matrices = 2L * stft.bins() * stftFrames * FLOAT;
    long csv = (long) csvRows * stftFrames * CSV_BYTES_PER_VALUE;
    return decoded + clips + matrices + csv;
  }
}
