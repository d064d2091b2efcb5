// Learning from audio: spectrograms, then pitch and chromagrams — the two tutorials in JShell.
// Every number below equals librosa 0.10.2 (see docs/labs/audio.md for the parity table).
// Run from the repository root:
//   jshell --class-path target/learning-lab.jar notebooks-equivalent/audio.jsh
// (or, without the shaded jar: --class-path target/classes:$(cat cp.txt))

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.audio.model.*;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalDouble;

DatasetResolver data = DatasetResolver.standard();
Path sample(String file) { return data.resolveFile("audio", file, Progress.none()); }

// --- y, sr = librosa.load(path): mono float32, resampled to 22,050 Hz (polyphase) --------------
AudioClip guitar = AudioFiles.load(sample("guit_em9.wav"), AudioFiles.DEFAULT_RATE);
System.out.printf("guitar: %d samples at %d Hz = %.2f s (file: %s)%n",
    guitar.samples().length, guitar.sampleRate(), guitar.seconds(), guitar.source());

// --- The spectrogram: overlapping windows -> FFT -> magnitude -> decibels ----------------------
// n_fft = 2048 samples per window (93 ms), hop = 512 (23 ms): 1 + len // hop frames.
StftSettings s = StftSettings.LIBROSA;
FrameMatrix S = Stft.magnitude(guitar.samples(), s);
System.out.printf("|STFT| shape (%d, %d): %d frequency bins of %.2f Hz, one column per window%n",
    S.rows(), S.frames(), S.rows(), s.binFrequency(1, guitar.sampleRate()));
FrameMatrix db = Decibels.amplitudeToDb(S, Decibels.Ref.MAX);
System.out.printf("dB relative to the loudest bin: max %.1f, min %.1f (top_db = 80)%n", db.max(), db.min());

// --- Guitar, kick, snare: where does the energy sit? -------------------------------------------
for (String f : new String[] {"guit_em9.wav", "drum_heavy_kick.wav", "drum_snare_hard.wav"}) {
  AudioClip c = AudioFiles.load(sample(f), AudioFiles.DEFAULT_RATE);
  FrameMatrix m = Stft.magnitude(c.samples(), s).squared();
  double low = 0, total = 0;
  for (int b = 0; b < m.rows(); b++)
    for (int t = 0; t < m.frames(); t++) {
      total += m.get(b, t);
      if (s.binFrequency(b, c.sampleRate()) < 150) low += m.get(b, t);
    }
  System.out.printf("%-22s %.2f s, %4.1f %% of the energy below 150 Hz%n", f, c.seconds(), 100 * low / total);
}

// --- Pitch: note names, octaves from C, enharmonic spellings -----------------------------------
for (String n : new String[] {"440", "C4", "C#4", "Db4", "B3", "261.63"}) {
  Note note = Notes.parse(n);
  System.out.printf("%-7s -> %-4s MIDI %d, %.2f Hz, also %s%n", n, note.name(), note.midi(),
      note.noteFrequency(), note.enharmonics());
}

// --- The chroma filter bank folds every FFT bin onto 12 pitch classes ---------------------------
float[][] fb = ChromaFilterBank.weights(22050, 2048, 0.0);
int a4 = (int) Math.round(440 / s.binFrequency(1, 22050));
System.out.print("weights of the bin nearest 440 Hz per pitch class C..B: ");
for (int c = 0; c < 12; c++) System.out.printf("%.2f ", fb[c][a4]);
System.out.println();

// --- Chromagram = filter bank x power spectrogram, each frame scaled to max 1 ------------------
Chromagram.Result chroma = Chromagram.compute(guitar.samples(), guitar.sampleRate(), s, OptionalDouble.empty());
System.out.printf("estimated tuning %+.2f semitone; chromagram shape (%d, %d)%n",
    chroma.tuning(), chroma.chroma().rows(), chroma.chroma().frames());
double[] mean = chroma.chroma().rowMeans();
for (int c = 0; c < 12; c++) System.out.printf("%-3s %s%n", Notes.SHARPS.get(c), "#".repeat((int) Math.round(40 * mean[c])));
System.out.println("this clip centres on " + Analysis.of(guitar, s).centre());

// --- What the spectrogram tutorial points to next: MFCCs ----------------------------------------
FrameMatrix mfcc = Mfcc.mfcc(guitar.samples(), guitar.sampleRate(), s, 20);
System.out.printf("MFCC shape (%d, %d); first coefficient mean %.1f%n", mfcc.rows(), mfcc.frames(), mfcc.rowMeans()[0]);
/exit
