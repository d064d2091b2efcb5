package dev.learninglab.labs.audio;

import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.labs.audio.cli.AudioCommand;
import dev.learninglab.labs.audio.view.AudioView;
import java.util.Optional;
import javax.swing.JComponent;

/** The audio lab: spectrograms and chromagrams, computed exactly as librosa 0.10.2 does. */
public final class AudioLab implements Lab {

  @Override
  public String id() {
    return "audio";
  }

  @Override
  public String title() {
    return "Audio";
  }

  @Override
  public int rank() {
    return 100;
  }

  @Override
  public String summary() {
    return "Spectrograms, chromagrams and MFCCs of guitar, kick and snare, equal to librosa.";
  }

  @Override
  public String helpHtml() {
    return "<h2>Audio: spectrograms and chromagrams</h2>"
        + "<p><b>Spectrogram.</b> The clip is cut into overlapping windows (n_fft samples, hop apart),"
        + " each multiplied by a Hann window and Fourier-transformed; the magnitudes in decibels, laid"
        + " side by side, are the spectrogram. Change n_fft to trade time for frequency resolution."
        + " Compare a guitar (harmonic lines), a kick (low, short) and a snare (broadband).</p>"
        + "<p><b>Chroma.</b> The filter bank folds every FFT bin onto one of 12 pitch classes C…B,"
        + " ignoring the octave; the chromagram shows them over time and the bars show where the clip"
        + " centres. The tuning (deviation from A = 440 Hz) is estimated from spectral peaks first.</p>"
        + "<p>Every number equals librosa 0.10.2 (checked against its fixtures). CLI: <code>learning-lab"
        + " audio spectrogram FILE --db --png out.png</code>, <code>learning-lab audio chroma FILE"
        + " --json</code>, <code>learning-lab audio note C#4</code>.</p>";
  }

  @Override
  public JComponent createView(LabContext context) {
    return new AudioView(context);
  }

  @Override
  public Optional<Object> command() {
    return Optional.of(new AudioCommand());
  }
}
